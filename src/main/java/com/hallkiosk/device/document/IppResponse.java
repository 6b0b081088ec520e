package com.hallkiosk.device.document;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An IPP response (RFC 8010 §3.1): its status code and its attribute groups in order (a Get-Jobs
 * answer has one job group per job). Values are decoded for the types we read (integers, enums,
 * booleans, the string types); the others are kept as their bytes and never looked at.
 */
record IppResponse(int status, List<Group> groups) {
    static final int SUCCESSFUL_LAST = 0x00FF;
    static final int CLIENT_ERROR_NOT_FOUND = 0x0406;
    static final int JOB_GROUP = 0x02;
    static final int PRINTER_GROUP = 0x04;

    private static final int END_OF_ATTRIBUTES = 0x03;
    private static final int LAST_DELIMITER = 0x0F;
    private static final int OUT_OF_BAND_LAST = 0x1F;
    private static final int INTEGER = 0x21;
    private static final int BOOLEAN = 0x22;
    private static final int ENUM = 0x23;
    private static final int TEXT_WITH_LANGUAGE = 0x35;
    private static final int NAME_WITH_LANGUAGE = 0x36;
    private static final int FIRST_STRING = 0x41;
    private static final int LAST_STRING = 0x49;

    IppResponse {
        groups = List.copyOf(groups);
    }

    boolean successful() {
        return status <= SUCCESSFUL_LAST;
    }

    /** The groups of one kind (job, printer), in the order of the response. */
    List<Group> groups(int tag) {
        return groups.stream().filter(group -> group.tag() == tag).toList();
    }

    /** One attribute group: each attribute with its values, in order. */
    record Group(int tag, Map<String, List<Object>> attributes) {
        Group {
            attributes = attributes.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        }

        int integer(String name, int absent) {
            return first(name) instanceof Integer value ? value : absent;
        }

        boolean bool(String name, boolean absent) {
            return first(name) instanceof Boolean value ? value : absent;
        }

        String text(String name) {
            return first(name) instanceof String value ? value : "";
        }

        List<String> texts(String name) {
            return attributes.getOrDefault(name, List.of()).stream()
                    .filter(String.class::isInstance).map(String.class::cast).toList();
        }

        private Object first(String name) {
            List<Object> values = attributes.getOrDefault(name, List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    /** Decodes a whole response; a truncated or malformed one fails with IllegalArgumentException. */
    static IppResponse parse(byte[] message) {
        ByteBuffer in = ByteBuffer.wrap(message);
        try {
            in.getShort(); // version: CUPS answers in the version it was asked in
            int status = Short.toUnsignedInt(in.getShort());
            in.getInt(); // request id: one request per connection, nothing to match
            List<Group> groups = new ArrayList<>();
            int tag = Byte.toUnsignedInt(in.get());
            while (tag != END_OF_ATTRIBUTES) {
                if (tag > LAST_DELIMITER) {
                    throw new IllegalArgumentException("IPP response: attribute outside a group (tag " + tag + ")");
                }
                tag = readGroup(in, tag, groups);
            }
            return new IppResponse(status, groups);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("IPP response is truncated", e);
        }
    }

    /** Reads one group's attributes into {@code groups}; returns the delimiter tag that ends it. */
    private static int readGroup(ByteBuffer in, int groupTag, List<Group> groups) {
        Map<String, List<Object>> attributes = new LinkedHashMap<>();
        String current = null;
        while (true) {
            int valueTag = Byte.toUnsignedInt(in.get());
            if (valueTag <= LAST_DELIMITER) {
                groups.add(new Group(groupTag, attributes));
                return valueTag;
            }
            String name = new String(bytes(in, Short.toUnsignedInt(in.getShort())), StandardCharsets.UTF_8);
            byte[] value = bytes(in, Short.toUnsignedInt(in.getShort()));
            if (!name.isEmpty()) {
                current = name;
                attributes.put(current, new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("IPP response: an additional value with no attribute before it");
            }
            if (valueTag > OUT_OF_BAND_LAST) {
                attributes.get(current).add(decode(valueTag, value));
            }
        }
    }

    private static Object decode(int tag, byte[] value) {
        if ((tag == INTEGER || tag == ENUM) && value.length == 4) {
            return ByteBuffer.wrap(value).getInt();
        }
        if (tag == BOOLEAN && value.length == 1) {
            return value[0] != 0;
        }
        if (tag >= FIRST_STRING && tag <= LAST_STRING) {
            return new String(value, StandardCharsets.UTF_8);
        }
        if (tag == TEXT_WITH_LANGUAGE || tag == NAME_WITH_LANGUAGE) {
            ByteBuffer with = ByteBuffer.wrap(value);
            bytes(with, Short.toUnsignedInt(with.getShort()));
            return new String(bytes(with, Short.toUnsignedInt(with.getShort())), StandardCharsets.UTF_8);
        }
        return value;
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] read = new byte[length];
        in.get(read);
        return read;
    }
}
