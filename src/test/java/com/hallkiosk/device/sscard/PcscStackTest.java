package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import com.hallkiosk.device.sscard.emulator.SocialSecurityCardBenchmark;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.device.sscard.emulator.VpcdCardClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.HexFormat;
import java.util.function.Predicate;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader through the real PC/SC stack: jnasmartcardio → libpcsclite → pcscd → vsmartcard-vpcd →
 * the virtual card over vpcd's socket. Starts pcscd when none runs (stopped when the test JVM exits); skips when
 * pcscd or vpcd is not installed, unless hallkiosk.devices.required=true.
 */
class PcscStackTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String READER = VpcdCardClient.FIRST_READER_NAME;
    private static PcscdProcess pcscd;

    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final SocialSecurityCardReader reader = new PcscSocialSecurityCardReader(PcscContexts.forThisMachine(),
            ReaderSettings.defaults().withReaderName(READER).withPresencePoll(Duration.ofMillis(200)), Clock.systemUTC());
    private VpcdCardClient client;

    @BeforeAll
    static void startPcscd() throws Exception {
        pcscd = PcscdProcess.sharedWithVpcd();
    }

    @AfterEach
    void pullCardAndClose() throws Exception {
        if (client != null) {
            client.close();
        }
        reader.close();
        awaitNoCard();
    }

    /**
     * Waits until pcscd has seen the virtual card go. vpcd notices a closed connection only at its next
     * presence poll (~0.45 s); a card connected before then would meet a reader that still holds the
     * old one and fail its first exchange.
     */
    private static void awaitNoCard() throws Exception {
        CardTerminals terminals = TerminalFactory.getInstance("PC/SC", null, new Smartcardio()).terminals();
        assertThat(terminals.getTerminal(READER).waitForCardAbsent(WAIT.toMillis()))
                .as("pcscd sees the virtual card gone").isTrue();
        ((Smartcardio.JnaCardTerminals) terminals).close();
    }

    private VirtualSocialSecurityCard insertAndOpen() throws Exception {
        awaitNoCard();
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card());
        reader.onCardEvent(events::add);
        reader.open().get();
        reader.enable().get();
        client = VpcdCardClient.insert(card, "localhost", VpcdCardClient.FIRST_READER_PORT, WAIT);
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.INSERTED, READER));
        return card;
    }

    private CardEvent nextEvent() throws InterruptedException {
        CardEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("a card event within %s", WAIT).isNotNull();
        return event;
    }

    private static void awaitHealth(SocialSecurityCardReader port, Predicate<DeviceHealth> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test(port.health()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(port.health()).as(what).matches(condition);
    }

    private static Throwable failureOf(Future<?> future) {
        Throwable thrown = catchThrowable(future::get);
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    @Test
    void theVirtualCardIsReadThroughPcscdAndVpcd() throws Exception {
        VirtualSocialSecurityCard card = insertAndOpen();
        assertThat(reader.readers().get()).contains(new ReaderStatus(READER, true, true));
        long start = System.nanoTime();
        SocialSecurityCard read = reader.read().get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(read.name()).isEqualTo("张三");
        assertThat(read.socialSecurityNumber()).isEqualTo(ScriptedCards.zhangSan().socialSecurityNumber());
        assertThat(read.birthplace()).isEqualTo("210302");
        assertThat(read.apduCount()).as("sent by the reader: jnasmartcardio fetched the FCI itself").isEqualTo(16);
        assertThat(card.apdusReceived()).as("received by the card over vpcd").isEqualTo(17);
        System.out.printf("real stack (%s, pcscd, vpcd): %d APDUs sent, %d at the card, %d ms%n",
                PcscContexts.forThisMachine().provider(), read.apduCount(), card.apdusReceived(), millis);
        assertThat(reader.verifyPin("111111".toCharArray()).get()).isEqualTo(new PinResult.Wrong(5));
        assertThat(reader.verifyPin("123456".toCharArray()).get()).isEqualTo(new PinResult.Ok());
        assertThat(card.pinTriesLeft()).isEqualTo(CardBehaviour.PIN_TRY_LIMIT);
    }

    @Test
    void aReadThatMissesItsDeadlineIsATimeoutAndTheCardStaysReadable() throws Exception {
        insertAndOpen();
        client.answerAfter(Duration.ofMillis(50));
        try (SocialSecurityCardReader hurried = new PcscSocialSecurityCardReader(PcscContexts.forThisMachine(),
                ReaderSettings.defaults().withReaderName(READER).withCallTimeout(Duration.ofMillis(200)),
                Clock.systemUTC())) {
            hurried.open().get();
            assertThat(failureOf(hurried.read())).as("16 APDUs at 50 ms each take 0.8 s")
                    .isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("read card took longer than 200 ms");
        }
        assertThat(reader.read().get().name()).isEqualTo("张三");
    }

    @Test
    void aCardPulledOutMidReadIsCardRemoved() throws Exception {
        insertAndOpen();
        client.removeCardAfter(5);
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.CardRemoved.class);
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
    }

    @Test
    void whenJnasmartcardioHasAlreadyAnsweredSixtyOneAndSixCTheReaderAddsNothing() throws Exception {
        VirtualSocialSecurityCard card = insertAndOpen();
        CardTerminals terminals = TerminalFactory.getInstance("PC/SC", null, new Smartcardio()).terminals();
        CardTerminal terminal = terminals.getTerminal(READER);
        Card connection = terminal.connect("*");
        try {
            MeteredTransport wire = new MeteredTransport(new SmartcardioTransport(terminal, connection.getBasicChannel()));
            CardTransport reader = new GetResponseTransport(wire);
            int before = card.apdusReceived();
            HexFormat hex = HexFormat.of().withUpperCase();
            assertThat(hex.formatHex(reader.transmit(hex.parseHex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF"))))
                    .as("SELECT SSSE: the card said 6113, jnasmartcardio fetched the FCI")
                    .isEqualTo("6F11840F7378312E73682EC9E7BBE1B1A3D5CF9000");
            reader.transmit(hex.parseHex("00A4020002EF05"));
            assertThat(hex.formatHex(reader.transmit(hex.parseHex("00B2070000"))))
                    .as("READ RECORD with Le 00: the card said 6C0B, jnasmartcardio sent it again")
                    .isEqualTo("07095830303030303031399000");
            assertThat(wire.apduCount()).as("sent by the kiosk").isEqualTo(3);
            assertThat(card.apdusReceived() - before).as("received by the card").isEqualTo(5);
        } finally {
            connection.disconnect(false);
            ((Smartcardio.JnaCardTerminals) terminals).close();
        }
    }

    @Test
    void pcscdStoppedIsOfflineWithTheReasonAndTheReaderRecoversWhenItIsBack() throws Exception {
        assumeTrue(pcscd.ours(), "pcscd was running before the tests; it is not theirs to stop");
        insertAndOpen();
        SunPcscProbe sunPcsc = SunPcscProbe.beforeRestart(READER);

        pcscd.stop();
        awaitHealth(reader, h -> h.state() == DeviceHealth.State.OFFLINE && h.reason().startsWith("pcscd not running"),
                "OFFLINE: pcscd not running");
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.Offline.class)
                .hasMessageStartingWith("pcscd not running");
        try (SocialSecurityCardReader openedWhileDown = new PcscSocialSecurityCardReader(PcscContexts.forThisMachine(),
                ReaderSettings.defaults().withReaderName(READER).withPresencePoll(Duration.ofMillis(200)),
                Clock.systemUTC())) {
            openedWhileDown.open().get();
            assertThat(openedWhileDown.health().reason()).startsWith("pcscd not running");

            pcscd.start();
            awaitHealth(reader, h -> h.state() == DeviceHealth.State.READY, "READY after pcscd is back");
            awaitHealth(openedWhileDown, h -> h.state() == DeviceHealth.State.READY,
                    "READY after pcscd is back, for a reader opened while it was down");
            client = VpcdCardClient.insert(new VirtualSocialSecurityCard(ScriptedCards.ouyangNana(),
                    CardBehaviour.t0Card()), "localhost", VpcdCardClient.FIRST_READER_PORT, WAIT);
            assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.INSERTED, READER));
            assertThat(reader.read().get().name()).isEqualTo("欧阳娜娜");
            assertThat(openedWhileDown.read().get().name()).isEqualTo("欧阳娜娜");
        }
        sunPcsc.reportAfterRestart();
    }

    @Test
    void theBenchmarkReportsApdusAndTimePerRead() throws Exception {
        SocialSecurityCardBenchmark.Figures figures = SocialSecurityCardBenchmark.localVpcd().run(3);
        System.out.println(figures);
        assertThat(figures.apdusPerRead()).isEqualTo(16);
        assertThat(figures.apdusAtCardPerRead()).isEqualTo(17);
        assertThat(figures.medianMillis()).isPositive().isLessThanOrEqualTo(figures.p95Millis());
    }
}
