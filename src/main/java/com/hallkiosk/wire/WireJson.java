package com.hallkiosk.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The JSON of what kiosks and the central send each other: records as objects, times as ISO-8601
 * instants ({@code 2026-11-22T08:00:00Z}) and durations ({@code PT1H30M}), unknown fields refused
 * (a field one side does not know is a version mismatch, better told than ignored).
 */
public final class WireJson {
    private WireJson() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new SimpleModule("wire-time")
                        .addSerializer(Instant.class, ToStringSerializer.instance)
                        .addSerializer(Duration.class, ToStringSerializer.instance)
                        .addDeserializer(Instant.class, new FromString<>(Instant.class, Instant::parse))
                        .addDeserializer(Duration.class, new FromString<>(Duration.class, Duration::parse)))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** A value read from its string form; a string that does not parse is a malformed message. */
    private static final class FromString<T> extends StdDeserializer<T> {
        private final Function<String, T> parse;

        FromString(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, "not an ISO-8601 value");
            }
        }
    }
}
