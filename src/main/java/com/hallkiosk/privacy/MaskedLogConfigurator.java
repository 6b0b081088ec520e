package com.hallkiosk.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kiosk's logging, set up in code (found by Logback through {@code META-INF/services}): every
 * message and stack trace goes through the masking converters, so personal numbers never reach a log
 * unmasked; lines go to standard error, so that a command's own output (JSON, search hits) stays clean.
 * In code rather than {@code logback.xml} because Logback's XML configuration costs ~0.15 s of parsing,
 * and the SQLite driver starts Logback on the kiosk's start-up path. The level is WARN, or the system
 * property {@code hallkiosk.log.level}.
 */
public final class MaskedLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %maskedMsg%n%maskedEx";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        registerConverters(context);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("hallkiosk.log.level"), Level.WARN));
        root.addAppender(appender);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // Every load of the kiosk's font says its Unicode variation sequences (cmap format 14) are
        // ignored; PDFs need none of them, and the line would stand in every print job's log.
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code %maskedMsg} and {@code %maskedEx}, for every pattern of this context. */
    @SuppressWarnings("unchecked")
    static void registerConverters(LoggerContext context) {
        Map<String, Supplier<DynamicConverter<?>>> rules =
                (Map<String, Supplier<DynamicConverter<?>>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("maskedMsg", MaskingMessageConverter::new);
        rules.put("maskedEx", MaskingThrowableConverter::new);
    }
}
