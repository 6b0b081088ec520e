package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.idcard.PtyModuleFixture;
import com.hallkiosk.device.pinpad.SerialPinPadSettings;
import com.hallkiosk.device.pinpad.SzztPinPad;
import com.hallkiosk.device.pinpad.TrivialPins;
import com.hallkiosk.device.pinpad.emulator.PadKey;
import com.hallkiosk.device.pinpad.emulator.PinPadEmulator;
import com.hallkiosk.device.pinpad.emulator.VirtualPinPad;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.activation.ActivationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 社会保障卡启用 with the PINs on the serial PIN pad: the SZZT driver through jSerialComm on a socat pty against the
 * emulated ZT588, keys pressed on the emulated pad; the ID card over its own pty, the 社保卡 in the virtual reader.
 */
class ActivationOverSerialPinPadTest {
    private static final int BAUD = 9600;
    private static final String NEW_PIN = "582914";
    private static final String NEW_PIN_HEX = "35 38 32 39 31 34";

    @TempDir
    Path directory;
    private PinPadEmulator emulator;
    private SzztPinPad serialPad;
    private CardItemsKiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        emulator = PinPadEmulator.onPty(PtyModuleFixture.socat(), Files.createDirectory(directory.resolve("pinpad")),
                "ZT588", BAUD);
        serialPad = new SzztPinPad(new SerialPinPadSettings(emulator.hostPort(), BAUD, Duration.ofMillis(1000),
                Duration.ofSeconds(30)), emulator.connector(), Clock.systemUTC());
        serialPad.open().get(5, TimeUnit.SECONDS);
        serialPad.enable().get(10, TimeUnit.SECONDS);
        assertThat(serialPad.health().state()).isEqualTo(DeviceHealth.State.READY);
        kiosk = CardItemsKiosk.start(directory, true, Optional.of(serialPad));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private ItemController toConfirm(DemoPerson holder) throws InterruptedException {
        kiosk.present(holder);
        Region region = ItemsFixture.region("anshan-tiedong");
        ItemController controller = kiosk.controller(ActivationItem.of(kiosk.cards, region), region);
        kiosk.toConfirm(controller, "刷居民身份证并插入社会保障卡");
        return controller;
    }

    private DemoPerson sealedHolder() {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.SEALED);
        assertThat(TrivialPins.whyRefused(NEW_PIN.toCharArray(), holder.person().idNumber())).isEmpty();
        return holder;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 10 s").isNegative();
            Thread.sleep(10);
        }
    }

    /**
     * Types {@code digits} and 确认 on the pad once the driver has enabled its input. {@code commandsBefore}: the
     * pad's command count when the entry before ended, or -1 for the first entry; the driver disables input after an
     * entry and enables it for the next, two commands, so the next entry is the one after both.
     */
    private int typeOnThePad(String digits, int commandsBefore) throws InterruptedException {
        VirtualPinPad virtual = emulator.pad();
        await(() -> virtual.inputEnabled() && (commandsBefore < 0 || virtual.commands() >= commandsBefore + 2));
        int commands = virtual.commands();
        emulator.type(digits);
        emulator.press(PadKey.ENTER);
        return commands;
    }

    @Test
    void theNewPinTypedTwiceOnTheSerialPadActivatesTheCardAndNeverReachesALog() throws Exception {
        DemoPerson holder = sealedHolder();
        try (CapturedLogs logs = new CapturedLogs()) {
            ItemController controller = toConfirm(holder);
            controller.confirm();
            int commands = typeOnThePad(NEW_PIN, -1);
            typeOnThePad(NEW_PIN, commands);
            ItemStep done = kiosk.view.await(Stage.DONE);
            assertThat(done.lines()).contains("卡状态：正常（社会保障功能已启用）");
            assertThat(kiosk.fixture.central().verifyPin(holder.card().cardNumber(), NEW_PIN.toCharArray()).state())
                    .isEqualTo(CardState.NORMAL);
            assertThat(kiosk.cards.changes).hasValue(1);
            assertThat(kiosk.pad().delivered).hasSize(2);
            assertThat(kiosk.pad().allWiped()).isTrue();
            await(() -> !emulator.pad().inputEnabled());
            assertThat(kiosk.view.shown).allSatisfy(step -> assertThat(step.text()).doesNotContain(NEW_PIN));
            logs.assertNoneContains(NEW_PIN);
            logs.assertNoneContains(NEW_PIN_HEX);
        }
    }

    @Test
    void backDuringTheEntryEndsItOnThePadAndSendsNothing() throws Exception {
        DemoPerson holder = sealedHolder();
        ItemController controller = toConfirm(holder);
        controller.confirm();
        await(() -> emulator.pad().inputEnabled());
        emulator.type("58");
        controller.back();
        kiosk.view.await(Stage.CONFIRM);
        await(() -> !emulator.pad().inputEnabled());
        assertThat(emulator.press(PadKey.ENTER)).as("the pad takes no more keys").isFalse();
        kiosk.view.assertQuietFor(300);
        assertThat(kiosk.cards.changes).hasValue(0);
        assertThat(kiosk.pad().delivered).isEmpty();
        assertThat(kiosk.fixture.central().cardByNumber(holder.card().cardNumber()).state()).isEqualTo(CardState.SEALED);
    }
}
