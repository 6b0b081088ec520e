package com.hallkiosk.device.pinpad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OnScreenPinPadTest {
    private final OnScreenPinPad pad = new OnScreenPinPad(new SecureRandom(), Clock.systemUTC());
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() throws Exception {
        pad.open().get(1, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        pad.close();
    }

    private CompletableFuture<Pin> start(Duration timeout) {
        return pad.collect(new PinRequest(6, timeout), (key, digits) -> events.add(key + ":" + digits));
    }

    private void type(String digits) {
        KeypadLayout layout = pad.layout().orElseThrow();
        for (char digit : digits.toCharArray()) {
            pad.press(layout.rows().stream().flatMap(List::stream).filter(key -> key.isDigit() && key.digit() == digit)
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void aPinTypedAndConfirmedReachesTheCallerWhoWipesIt() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofSeconds(5));
        type("582914");
        pad.press(KeypadLayout.ENTER);
        Pin pin = result.get(1, TimeUnit.SECONDS);
        char[] digits = pin.digits();
        assertThat(new String(digits)).isEqualTo("582914");
        pin.close();
        assertThat(digits).containsOnly('\0');
        assertThatThrownBy(pin::digits).isInstanceOf(IllegalStateException.class);
        assertThat(pin.toString()).doesNotContain("582914");
        assertThat(events).containsExactly("DIGIT:1", "DIGIT:2", "DIGIT:3", "DIGIT:4", "DIGIT:5", "DIGIT:6", "ENTER:6");
        assertThat(pad.layout()).isEmpty();
    }

    @Test
    void backspaceClearAndEnterTooSoon() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofSeconds(5));
        type("99");
        pad.press(KeypadLayout.BACKSPACE);
        pad.press(KeypadLayout.ENTER);
        type("11");
        pad.press(KeypadLayout.CLEAR);
        type("5829147");
        pad.press(KeypadLayout.ENTER);
        try (Pin pin = result.get(1, TimeUnit.SECONDS)) {
            assertThat(new String(pin.digits())).isEqualTo("582914");
        }
        assertThat(events).containsExactly("DIGIT:1", "DIGIT:2", "BACKSPACE:1", "ENTER_TOO_SHORT:1", "DIGIT:2",
                "DIGIT:3", "CLEAR:0", "DIGIT:1", "DIGIT:2", "DIGIT:3", "DIGIT:4", "DIGIT:5", "DIGIT:6",
                "DIGIT_IGNORED:6", "ENTER:6");
    }

    @Test
    void cancelOnTheKeypadOrByTheKiosk() {
        CompletableFuture<Pin> first = start(Duration.ofSeconds(5));
        type("58");
        pad.press(KeypadLayout.CANCEL);
        assertThatThrownBy(() -> first.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(PinEntryCancelled.class);
        CompletableFuture<Pin> second = start(Duration.ofSeconds(5));
        type("58");
        pad.cancelEntry();
        assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(PinEntryCancelled.class);
        assertThat(events).endsWith("DIGIT:2");
    }

    @Test
    void anEntryNobodyFinishesTimesOutAndItsDigitsAreWiped() {
        PinEntry entry = new PinEntry(new PinRequest(6, Duration.ofMillis(200)), PinEntryListener.NONE);
        entry.digit('5');
        entry.digit('8');
        assertThat(entry.holdsNoDigits()).isFalse();
        entry.fail(new DeviceException.Timeout("late", null));
        assertThat(entry.holdsNoDigits()).isTrue();

        CompletableFuture<Pin> result = start(Duration.ofMillis(200));
        type("58");
        assertThatThrownBy(() -> result.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.Timeout.class);
        assertThat(pad.layout()).isEmpty();
    }

    @Test
    void eachEntryHasItsOwnLayout() {
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            start(Duration.ofSeconds(5));
            orders.add(pad.layout().orElseThrow().digitOrder());
            pad.cancelEntry();
        }
        assertThat(orders).hasSize(10);
    }

    @Test
    void theSameNewPinTwice() throws Exception {
        CompletableFuture<Pin> first = start(Duration.ofSeconds(5));
        type("582914");
        pad.press(KeypadLayout.ENTER);
        CompletableFuture<Pin> second = start(Duration.ofSeconds(5));
        type("582914");
        pad.press(KeypadLayout.ENTER);
        CompletableFuture<Pin> third = start(Duration.ofSeconds(5));
        type("582915");
        pad.press(KeypadLayout.ENTER);
        try (Pin a = first.get(); Pin b = second.get(); Pin c = third.get()) {
            assertThat(a.sameAs(b)).isTrue();
            assertThat(a.sameAs(c)).isFalse();
        }
    }
}
