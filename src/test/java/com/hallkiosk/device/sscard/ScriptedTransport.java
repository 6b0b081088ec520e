package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/** A card that expects exactly the scripted commands, in order, and gives the scripted answers (apdu4j's MockBIBO). */
final class ScriptedTransport implements CardTransport {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private record Exchange(String command, String response) {
    }

    private final Deque<Exchange> script = new ArrayDeque<>();
    private final List<String> sent = new ArrayList<>();

    /** Expects {@code command} (hex, spaces ignored) and answers {@code response}. */
    ScriptedTransport expect(String command, String response) {
        script.add(new Exchange(compact(command), compact(response)));
        return this;
    }

    @Override
    public byte[] transmit(byte[] command) {
        String actual = HEX.formatHex(command);
        sent.add(actual);
        assertThat(script).as("no more exchanges scripted, but the reader sent %s", actual).isNotEmpty();
        Exchange next = script.poll();
        assertThat(actual).as("command %d", sent.size()).isEqualTo(next.command());
        return HEX.parseHex(next.response());
    }

    List<String> sent() {
        return sent;
    }

    void assertAllExchanged() {
        assertThat(script).as("scripted exchanges left unsent").isEmpty();
    }

    static String compact(String hex) {
        return hex.replace(" ", "").toUpperCase();
    }
}
