package com.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The configured Logback pattern masks personal numbers in messages and in stack traces. */
class MaskedLoggingTest {
    @Test
    void messagesAndExceptionsAreMaskedOnTheWayOut() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%maskedMsg%n%maskedEx");
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        Logger logger = context.getLogger("masking-test");
        logger.addAppender(appender);
        try {
            logger.error("card read for {}", "21030219900101123X",
                    new IllegalStateException("holder 21030219900101123X rejected"));
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("card read for 210302********123X", "holder 210302********123X rejected");
        assertThat(output).doesNotContain("21030219900101123X");
    }
}
