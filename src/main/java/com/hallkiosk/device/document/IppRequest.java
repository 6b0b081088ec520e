package com.hallkiosk.device.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One IPP/1.1 request as RFC 8010 §3.1 encodes it: version, operation, request id, then the operation
 * attributes, charset and language first as §4.1.4 of RFC 8011 requires. The requests CUPS needs from
 * us carry no document: javax.print sends the document; IPP only asks and cancels.
 */
final class IppRequest {
    static final int GET_JOB_ATTRIBUTES = 0x0009;
    static final int GET_JOBS = 0x000A;
    static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    static final int CANCEL_JOB = 0x0008;
    /** A CUPS extension operation: the server's default destination. */
    static final int CUPS_GET_DEFAULT = 0x4001;

    private static final int OPERATION_ATTRIBUTES = 0x01;
    private static final int END_OF_ATTRIBUTES = 0x03;
    private static final int INTEGER = 0x21;
    private static final int BOOLEAN = 0x22;
    private static final int NAME = 0x42;
    private static final int KEYWORD = 0x44;
    private static final int URI = 0x45;
    private static final int CHARSET = 0x47;
    private static final int NATURAL_LANGUAGE = 0x48;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    IppRequest(int operation, int requestId) {
        bytes.write(1);
        bytes.write(1);
        writeShort(operation);
        writeInt(requestId);
        bytes.write(OPERATION_ATTRIBUTES);
        text(CHARSET, "attributes-charset", "utf-8");
        text(NATURAL_LANGUAGE, "attributes-natural-language", "en");
    }

    IppRequest uri(String name, String value) {
        return text(URI, name, value);
    }

    IppRequest name(String name, String value) {
        return text(NAME, name, value);
    }

    IppRequest keyword(String name, String value) {
        return text(KEYWORD, name, value);
    }

    /** A keyword attribute with several values: the first names it, the others follow with an empty name. */
    IppRequest keywords(String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            text(KEYWORD, i == 0 ? name : "", values.get(i));
        }
        return this;
    }

    IppRequest integer(String name, int value) {
        start(INTEGER, name, 4);
        writeInt(value);
        return this;
    }

    IppRequest bool(String name, boolean value) {
        start(BOOLEAN, name, 1);
        bytes.write(value ? 1 : 0);
        return this;
    }

    byte[] toBytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(bytes.toByteArray());
        copy.write(END_OF_ATTRIBUTES);
        return copy.toByteArray();
    }

    private IppRequest text(int tag, String name, String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        start(tag, name, encoded.length);
        bytes.writeBytes(encoded);
        return this;
    }

    private void start(int tag, String name, int valueLength) {
        byte[] encodedName = name.getBytes(StandardCharsets.US_ASCII);
        bytes.write(tag);
        writeShort(encodedName.length);
        bytes.writeBytes(encodedName);
        writeShort(valueLength);
    }

    private void writeShort(int value) {
        bytes.write(value >>> 8);
        bytes.write(value);
    }

    private void writeInt(int value) {
        writeShort(value >>> 16);
        writeShort(value & 0xFFFF);
    }
}
