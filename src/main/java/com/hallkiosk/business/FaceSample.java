package com.hallkiosk.business;

import java.util.Arrays;

/**
 * What the kiosk sends the central to compare a face: a compact template ({@link com.hallkiosk.face.FaceTemplate},
 * 256 bytes), not the photo. A template rather than the photo encrypted for the central because the photo then
 * never leaves the kiosk's memory, there is no key for the kiosk to keep and no photo for the central to store or
 * leak, and the call stays small. The price: the template's algorithm is fixed between kiosk and central. A real
 * deployment instead passes the capture to the province's face platform through its own SDK, which encrypts it
 * for the platform; then this carries the platform's token in place of a template.
 * Biometric data: {@code toString} shows only its size, and {@link #wipe()} zeroes it once compared.
 */
public record FaceSample(byte[] template) {
    public FaceSample {
        template = template.clone();
    }

    /** The template itself, not a copy. */
    @Override
    public byte[] template() {
        return template;
    }

    public void wipe() {
        Arrays.fill(template, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaceSample sample && Arrays.equals(template, sample.template);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(template);
    }

    @Override
    public String toString() {
        return "FaceSample[" + template.length + " bytes]";
    }
}
