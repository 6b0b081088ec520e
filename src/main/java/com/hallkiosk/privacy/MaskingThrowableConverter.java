package com.hallkiosk.privacy;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Logback's stack traces with personal numbers masked ({@code %maskedEx}): exception messages carry data too. */
public final class MaskingThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalDataMasking.text(super.throwableProxyToString(proxy));
    }
}
