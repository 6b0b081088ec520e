package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Every log event while a test runs, the kiosk's own at every level: to check what never reaches a log. (Only
 * the kiosk's loggers go down to TRACE: the libraries' traces of SQL and such hold no PIN and would bury the rest.)
 */
final class CapturedLogs implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger kiosk = (Logger) LoggerFactory.getLogger("com.hallkiosk");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level levelBefore;

    CapturedLogs() {
        levelBefore = kiosk.getLevel();
        kiosk.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    /** No event's message, arguments or exception text holds {@code secret}; and something was logged at all. */
    void assertNoneContains(String secret) {
        assertThat(appender.list).as("the run logged something").isNotEmpty();
        assertThat(appender.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(secret);
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                assertThat(String.valueOf(thrown.getMessage())).doesNotContain(secret);
            }
        });
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        kiosk.setLevel(levelBefore);
    }
}
