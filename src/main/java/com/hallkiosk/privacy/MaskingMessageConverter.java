package com.hallkiosk.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %msg} with identity, card and mobile numbers masked ({@code %maskedMsg}). */
public final class MaskingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasking.text(super.convert(event));
    }
}
