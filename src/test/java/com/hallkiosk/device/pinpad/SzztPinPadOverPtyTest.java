package com.hallkiosk.device.pinpad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.pinpad.emulator.PadKey;
import com.hallkiosk.device.pinpad.emulator.PinPadEmulator;
import com.hallkiosk.device.sscard.RequiredServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The SZZT driver through jSerialComm and a socat pty pair, against the emulated pad at 9600 baud. */
class SzztPinPadOverPtyTest {
    private static final int BAUD = 9600;
    private static final String SECRET = "582914";

    @TempDir
    Path directory;
    private PinPadEmulator emulator;
    private SzztPinPad pad;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void startEmulatorAndOpenPad() throws Exception {
        levelBefore = root.getLevel();
        root.setLevel(Level.TRACE);
        log.start();
        root.addAppender(log);
        Path socat = SocatPtyPair.findSocat().orElse(null);
        RequiredServices.require(socat != null, "socat is missing (needed for the serial pty tests): apt-get install socat");
        emulator = PinPadEmulator.onPty(socat, directory, "ZT588", BAUD);
        pad = new SzztPinPad(new SerialPinPadSettings(emulator.hostPort(), BAUD, Duration.ofMillis(1000),
                Duration.ofSeconds(30)), emulator.connector(), Clock.systemUTC());
        pad.open().get(5, TimeUnit.SECONDS);
        pad.enable().get(10, TimeUnit.SECONDS);
        assertThat(pad.health().state()).isEqualTo(State.READY);
        assertThat(pad.health().reason()).contains("ZT588");
    }

    @AfterEach
    void closeAll() {
        if (pad != null) {
            pad.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        root.detachAppender(log);
        root.setLevel(levelBefore);
    }

    private CompletableFuture<Pin> start(Duration timeout) throws InterruptedException {
        CompletableFuture<Pin> result = pad.collect(new PinRequest(6, timeout), (key, digits) -> events.add(key + ":" + digits));
        await(() -> emulator.pad().inputEnabled());
        return result;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 5 s").isNegative();
            Thread.sleep(10);
        }
    }

    @Test
    void aPinTypedOnThePadReachesTheCallerAndEveryCopyIsWiped() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofSeconds(10));
        emulator.type(SECRET);
        emulator.press(PadKey.ENTER);
        Pin pin = result.get(5, TimeUnit.SECONDS);
        char[] digits = pin.digits();
        assertThat(new String(digits)).isEqualTo(SECRET);
        pin.close();
        assertThat(digits).containsOnly('\0');
        await(() -> !emulator.pad().inputEnabled());
        assertThat(pad.holdsNoDigits()).isTrue();
        assertThat(events).containsExactly("DIGIT:1", "DIGIT:2", "DIGIT:3", "DIGIT:4", "DIGIT:5", "DIGIT:6", "ENTER:6");
        assertThat(log.list).as("the entry is logged").isNotEmpty();
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(SECRET)
                .doesNotContain("5,8,2").doesNotContain("35 38 32"));
    }

    @Test
    void backspaceAndClearOnThePad() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofSeconds(10));
        emulator.type("99");
        emulator.press(PadKey.CORRECT);
        emulator.press(PadKey.BLANK);
        emulator.press(PadKey.DOT);
        emulator.type(SECRET);
        emulator.press(PadKey.ENTER);
        try (Pin pin = result.get(5, TimeUnit.SECONDS)) {
            assertThat(new String(pin.digits())).isEqualTo(SECRET);
        }
        assertThat(events).startsWith("DIGIT:1", "DIGIT:2", "BACKSPACE:1", "CLEAR:0", "DIGIT:1");
    }

    @Test
    void cancelOnThePadOrByTheKiosk() throws Exception {
        CompletableFuture<Pin> first = start(Duration.ofSeconds(10));
        emulator.type("58");
        emulator.press(PadKey.CANCEL);
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(PinEntryCancelled.class);
        await(() -> !emulator.pad().inputEnabled());

        CompletableFuture<Pin> second = start(Duration.ofSeconds(10));
        emulator.type("58");
        await(() -> events.size() >= 5);
        pad.cancelEntry();
        assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(PinEntryCancelled.class);
        await(() -> !emulator.pad().inputEnabled());
        assertThat(pad.holdsNoDigits()).isTrue();
        assertThat(pad.health().state()).isEqualTo(State.READY);
    }

    @Test
    void anEntryNobodyFinishesTimesOut() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofMillis(700));
        emulator.type("58");
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.Timeout.class);
        await(() -> !emulator.pad().inputEnabled());
        assertThat(pad.holdsNoDigits()).isTrue();
    }

    @Test
    void aCablePulledMidEntryEndsItOfflineWithTheDigitsWiped() throws Exception {
        CompletableFuture<Pin> result = start(Duration.ofSeconds(10));
        emulator.type("582");
        await(() -> events.size() == 3);
        emulator.unplug();
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.Offline.class)
                .hasMessageContaining("entry is cancelled");
        // The entry ends as the line drops; the health follows on the pad's executor.
        await(() -> pad.health().state() == State.OFFLINE);
        assertThat(pad.holdsNoDigits()).isTrue();
    }
}
