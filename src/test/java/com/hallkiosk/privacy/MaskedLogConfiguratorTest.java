package com.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The logging the kiosk configures in code: standard error, WARN, and every line masked. */
class MaskedLogConfiguratorTest {
    @Test
    void theKiosksOwnConfigurationIsTheOneInUse() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
    }

    @Test
    void linesGoToStandardErrorAtWarnWithNumbersMaskedInMessagesAndStackTraces() {
        LoggerContext context = new LoggerContext();
        new MaskedLogConfigurator().configure(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.fontbox.ttf.CmapSubtable").getLevel()).isEqualTo(Level.ERROR);
        ConsoleAppender<ILoggingEvent> appender = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");

        Logger logger = context.getLogger("com.hallkiosk.test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR, "card read for {}",
                new IllegalStateException("holder 21030219900101123X rejected"), new Object[] {"21030219900101123X"});
        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertThat(line).contains("ERROR", "card read for 210302********123X", "holder 210302********123X rejected")
                .doesNotContain("21030219900101123X");
        context.stop();
    }
}
