package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import com.hallkiosk.device.sscard.emulator.VirtualCardProvider;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole reader port over the in-process javax.smartcardio provider: no pcscd, no hardware. */
class InProcessReaderTest {
    private static final String READER = "Virtual Reader 00 00";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final VirtualReaders readers = new VirtualReaders();
    private final VirtualCardProvider provider = new VirtualCardProvider(readers);
    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final SocialSecurityCardReader reader = new PcscSocialSecurityCardReader(
            PcscContexts.of(provider.terminalFactory()),
            ReaderSettings.defaults().withReaderName("Virtual Reader").withPresencePoll(Duration.ofMillis(100)),
            Clock.systemUTC());

    @AfterEach
    void close() {
        reader.close();
    }

    private VirtualSocialSecurityCard insertedCard(boolean providerDoesGetResponse) throws Exception {
        VirtualReader slot = readers.plugIn(READER, providerDoesGetResponse);
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card());
        slot.insert(card);
        openAndEnable();
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.INSERTED, READER));
        return card;
    }

    private void openAndEnable() throws Exception {
        reader.onCardEvent(events::add);
        reader.open().get();
        reader.enable().get();
    }

    private CardEvent nextEvent() throws InterruptedException {
        CardEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("a card event within %s", WAIT).isNotNull();
        return event;
    }

    private void awaitHealth(Predicate<DeviceHealth> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test(reader.health()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(reader.health()).as(what).matches(condition);
    }

    private static Throwable failureOf(java.util.concurrent.Future<?> future) {
        Throwable thrown = catchThrowable(future::get);
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    @Test
    void whenTheProviderLeavesSixtyOneToUsTheReaderFetchesTheFciItself() throws Exception {
        VirtualSocialSecurityCard card = insertedCard(false);
        SocialSecurityCard read = reader.read().get();
        assertThat(read.name()).isEqualTo("张三");
        assertThat(read.socialSecurityNumber()).isEqualTo(ScriptedCards.zhangSan().socialSecurityNumber());
        assertThat(read.apduCount()).as("sent by the reader").isEqualTo(17);
        assertThat(card.apdusReceived()).as("received by the card").isEqualTo(17);
        System.out.printf("in-process provider, no GET RESPONSE in the provider: %d APDUs sent, %d at the card%n",
                read.apduCount(), card.apdusReceived());
    }

    @Test
    void whenTheProviderDoesGetResponseTheReaderDoesNotDoItAgain() throws Exception {
        VirtualSocialSecurityCard card = insertedCard(true);
        SocialSecurityCard read = reader.read().get();
        assertThat(read.name()).isEqualTo("张三");
        assertThat(read.apduCount()).as("sent by the reader").isEqualTo(16);
        assertThat(card.apdusReceived()).as("received by the card, the provider's GET RESPONSE included").isEqualTo(17);
        System.out.printf("in-process provider doing GET RESPONSE: %d APDUs sent, %d at the card%n",
                read.apduCount(), card.apdusReceived());
    }

    @Test
    void aCardPulledOutMidReadIsCardRemovedAndAnEvent() throws Exception {
        insertedCard(false);
        VirtualReader slot = (VirtualReader) readers.list().get(0);
        slot.removeCardAfter(5);
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.CardRemoved.class);
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.NoCard.class);
    }

    @Test
    void insertRemoveAndUnplugAreEventsAndAMissingReaderIsOfflineWithTheReason() throws Exception {
        openWithoutAReader();
        VirtualReader slot = readers.plugIn(READER, false);
        awaitHealth(h -> h.state() == DeviceHealth.State.READY, "READY once the reader is plugged in");
        assertThat(reader.readers().get()).containsExactly(new ReaderStatus(READER, false, true));
        slot.insert(new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card()));
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.INSERTED, READER));
        assertThat(reader.readers().get()).containsExactly(new ReaderStatus(READER, true, true));
        slot.remove();
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
        slot.insert(new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card()));
        assertThat(nextEvent().kind()).isEqualTo(CardEvent.Kind.INSERTED);
        readers.unplug(slot);
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.READER_UNPLUGGED, READER));
        awaitHealth(h -> h.state() == DeviceHealth.State.OFFLINE && h.reason().startsWith("reader unplugged"),
                "OFFLINE: reader unplugged");
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.Offline.class)
                .hasMessageStartingWith("reader unplugged");
    }

    private void openWithoutAReader() throws Exception {
        reader.onCardEvent(events::add);
        reader.open().get();
        assertThat(reader.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);
        assertThat(reader.health().reason()).startsWith("reader unplugged: 'Virtual Reader' is not connected");
        assertThat(failureOf(reader.enable())).isInstanceOf(DeviceException.Offline.class)
                .satisfies(e -> assertThat(((DeviceException) e).whatToCheck()).contains("pcsc_scan"));
    }

    @Test
    void pcscdGoneIsOfflineWithTheReasonAndTheReaderRecoversWhenItIsBack() throws Exception {
        reader.onHealthChange(health -> {
            throw new IllegalStateException("a careless listener");
        });
        insertedCard(false);
        readers.stopService();
        awaitHealth(h -> h.state() == DeviceHealth.State.OFFLINE && h.reason().startsWith("pcscd not running"),
                "OFFLINE: pcscd not running");
        assertThat(reader.health().reason()).contains("systemctl start pcscd");
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.REMOVED, READER));
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.Offline.class)
                .hasMessageStartingWith("pcscd not running");
        readers.startService();
        awaitHealth(h -> h.state() == DeviceHealth.State.READY, "READY again");
        assertThat(nextEvent()).isEqualTo(new CardEvent(CardEvent.Kind.INSERTED, READER));
        assertThat(reader.read().get().name()).isEqualTo("张三");
    }

    @Test
    void wrongPinsAreCountedOnTheCardAndThePinArraysAreWiped() throws Exception {
        VirtualSocialSecurityCard card = insertedCard(false);
        char[] wrong = "000000".toCharArray();
        assertThat(reader.verifyPin(wrong).get()).isEqualTo(new PinResult.Wrong(5));
        assertThat(wrong).containsOnly('\0');
        assertThat(card.pinTriesLeft()).isEqualTo(5);
        char[] right = "123456".toCharArray();
        assertThat(reader.verifyPin(right).get()).isEqualTo(new PinResult.Ok());
        assertThat(right).containsOnly('\0');
        assertThat(card.pinTriesLeft()).isEqualTo(6);
        for (int i = 0; i < 5; i++) {
            reader.verifyPin("999999".toCharArray()).get();
        }
        assertThat(reader.verifyPin("999999".toCharArray()).get()).isEqualTo(new PinResult.Blocked());
        assertThat(reader.verifyPin("123456".toCharArray()).get()).isEqualTo(new PinResult.Blocked());
        assertThat(card.pinTriesLeft()).isZero();
    }

    @Test
    void changePinThenTheNewPinIsTheOne() throws Exception {
        VirtualSocialSecurityCard card = insertedCard(true);
        char[] oldPin = "123456".toCharArray();
        char[] newPin = "135790".toCharArray();
        assertThat(reader.changePin(oldPin, newPin).get()).isEqualTo(new PinResult.Ok());
        assertThat(oldPin).containsOnly('\0');
        assertThat(newPin).containsOnly('\0');
        assertThat(reader.verifyPin("123456".toCharArray()).get()).isEqualTo(new PinResult.Wrong(5));
        assertThat(reader.verifyPin("135790".toCharArray()).get()).isEqualTo(new PinResult.Ok());
        assertThat(card.pinTriesLeft()).isEqualTo(6);
    }

    @Test
    void aPinOfTheWrongShapeNeverReachesTheCardAndIsWipedToo() throws Exception {
        VirtualSocialSecurityCard card = insertedCard(false);
        char[] shortPin = "1234".toCharArray();
        assertThat(failureOf(reader.verifyPin(shortPin))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PIN is 6 digits");
        assertThat(shortPin).containsOnly('\0');
        assertThat(card.apdusReceived()).isZero();
    }

    @Test
    void noCardIsNoCardAndAClosedReaderIsOffline() throws Exception {
        readers.plugIn(READER, false);
        openAndEnable();
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.NoCard.class).hasMessageContaining(READER);
        reader.close();
        assertThat(reader.health()).extracting(DeviceHealth::state, DeviceHealth::reason)
                .containsExactly(DeviceHealth.State.OFFLINE, "closed");
        assertThat(failureOf(reader.read())).isInstanceOf(DeviceException.Offline.class).hasMessageContaining("on a closed device");
    }

    @Test
    void addressingAndPinCommandsComeFromTheSettingsAndTheCardAnswersTheSameConfiguration() throws Exception {
        PinApdus otherPins = PinApdus.of("80 20 00 01", "80 24 00 01", 0xFF, 4, 8);
        VirtualReader slot = readers.plugIn(READER, false);
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(),
                new CardBehaviour(true, true, CardBehaviour.PIN_TRY_LIMIT, otherPins));
        slot.insert(card);
        try (SocialSecurityCardReader configured = new PcscSocialSecurityCardReader(PcscContexts.of(provider.terminalFactory()),
                ReaderSettings.defaults().withAddressing(ReadRecordAddressing.BY_SHORT_FILE_ID).withPinApdus(otherPins),
                Clock.systemUTC())) {
            configured.open().get();
            assertThat(configured.read().get().apduCount()).as("no SELECT EF; GET RESPONSE for the FCI").isEqualTo(15);
            assertThat(configured.verifyPin("1234".toCharArray()).get()).isEqualTo(new PinResult.Wrong(5));
            assertThat(configured.verifyPin("123456".toCharArray()).get()).isEqualTo(new PinResult.Ok());
        }
    }

    @Test
    void theConfiguredReaderIsChosenByTheStartOfItsName() throws Exception {
        readers.plugIn("Other Reader 00 00", false);
        VirtualReader wanted = readers.plugIn("Virtual Reader 01 00", false);
        wanted.insert(new VirtualSocialSecurityCard(ScriptedCards.ouyangNana(), CardBehaviour.lenientCard()));
        openAndEnable();
        assertThat(reader.health().reason()).isEqualTo("reader Virtual Reader 01 00");
        assertThat(reader.read().get().name()).isEqualTo("欧阳娜娜");
        assertThat(reader.reconnect().thenCompose(done -> reader.read()).get().apduCount()).isEqualTo(16);
    }
}
