package com.hallkiosk.business.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hallkiosk.wire.WireJson;

/**
 * The wire's JSON plus what the port's records hold beyond it: {@code Optional} (absent as null) and
 * {@code LocalDate}/{@code YearMonth} as ISO text ({@code 2026-06-15}, {@code 2026-06}).
 */
final class BusinessJson {
    private BusinessJson() {
    }

    static ObjectMapper mapper() {
        return WireJson.mapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
