package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator.Fault;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real driver, through jSerialComm and a socat pty pair, against the emulated module at 115200
 * baud: the cards, the module's "lift the card first" rule, and every injected fault, each with its
 * typed error, in bounded time, with the health set.
 */
class SamIdCardReaderOverPtyTest {
    private static final int BAUD = 115200;
    /** Short waits so the fault tests are quick: 300 ms per answer, three attempts, 5 s per operation. */
    private static final Duration ANSWER = Duration.ofMillis(300);
    private static final int ATTEMPTS = 3;
    /** What the slowest failing exchange may take: every attempt waits out its answer time, plus jSerialComm's 100 ms read grain. */
    private static final Duration ALL_ATTEMPTS = ANSWER.plusMillis(100 + 250).multipliedBy(ATTEMPTS);

    @TempDir
    Path directory;
    private EmulatedIdCardModule module;
    private SamIdCardReader reader;
    private final List<DeviceHealth> healthSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startModuleAndOpenReader() throws Exception {
        module = PtyModuleFixture.start(directory, BAUD);
        reader = new SamIdCardReader(settings(Duration.ofSeconds(5)), Clock.systemUTC());
        reader.onHealthChange(healthSeen::add);
        reader.open().get(5, TimeUnit.SECONDS);
        assertThat(reader.health().state()).isEqualTo(State.NOT_READY);
        reader.enable().get(5, TimeUnit.SECONDS);
        assertThat(reader.health().state()).isEqualTo(State.READY);
    }

    @AfterEach
    void closeAll() {
        if (reader != null) {
            reader.close();
        }
        if (module != null) {
            module.close();
        }
    }

    private IdCardReaderSettings settings(Duration operationTimeout) {
        return new IdCardReaderSettings(module.hostPort(), BAUD, ANSWER, ATTEMPTS, operationTimeout,
                Duration.ofMillis(200), Duration.ofSeconds(1), ForeignCardLayout.VENDOR_SDK_ORDER);
    }

    @Test
    void readsAResidentCardWithItsPhotoAndOnRequestItsFingerprint() throws Exception {
        IdCard placed = ScriptedCards.resident();
        module.place(placed);
        IdCard card = reader.read().get(5, TimeUnit.SECONDS);
        assertThat(card).usingRecursiveComparison().ignoringFields("fingerprint").isEqualTo(placed);
        assertThat(card.fingerprint()).as("30 01 reads no fingerprint").isEmpty();
        assertThat(card.photoWlt()).isEqualTo(placed.photoWlt());
        assertThat(reader.health().reason()).isEqualTo("SAM ok; card read");

        module.remove();
        module.place(placed);
        IdCard withPrint = reader.readWithFingerprint().get(5, TimeUnit.SECONDS);
        assertThat(withPrint.fingerprint()).hasValueSatisfying(f -> assertThat(f).isEqualTo(placed.fingerprint().orElseThrow()));
    }

    @Test
    void aCardThatWasReadMustLeaveTheReaderBeforeItIsReadAgain() throws Exception {
        module.place(ScriptedCards.resident());
        reader.read().get(5, TimeUnit.SECONDS);
        assertThat(failure(reader.read())).isInstanceOf(DeviceException.NoCard.class)
                .hasMessageContaining("lifted off the reader and placed again");
        module.remove();
        module.place(ScriptedCards.resident());
        assertThat(reader.read().get(5, TimeUnit.SECONDS).idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void tellsForeignAndHongKongMacaoTaiwanCardsFromResidentCards() throws Exception {
        module.place(ScriptedCards.foreignPermanent());
        IdCard foreign = reader.read().get(5, TimeUnit.SECONDS);
        assertThat(foreign.type()).isEqualTo(IdCard.Type.FOREIGN_PERMANENT);
        assertThat(foreign.englishName()).isEqualTo("SMITH JOHN");
        assertThat(foreign.nation()).isEqualTo("CAN");
        module.place(ScriptedCards.hongKongMacaoTaiwan());
        assertThat(reader.read().get(5, TimeUnit.SECONDS).type()).isEqualTo(IdCard.Type.HK_MACAO_TAIWAN);
    }

    @Test
    void anExpiredCardIsReadAndSaysItIsExpired() throws Exception {
        module.place(ScriptedCards.expired());
        IdCard card = reader.read().get(5, TimeUnit.SECONDS);
        assertThat(card.expiredOn(LocalDate.now())).isTrue();
        assertThat(reader.health().state()).isEqualTo(State.READY);
    }

    @Test
    void aCardWhoseNumberFailsItsCheckDigitIsRejected() {
        module.place(ScriptedCards.invalidCheckDigit());
        assertThat(failure(reader.read())).isInstanceOf(DeviceException.InvalidCard.class)
                .hasMessageContaining("fails its GB 11643 check digit");
        assertThat(reader.health()).extracting(DeviceHealth::state, DeviceHealth::reason)
                .containsExactly(State.READY, "SAM ok; the last card was rejected");
    }

    @Test
    void reportsTheSamStatusAndTheSamId() throws Exception {
        assertThat(reader.samStatus().get(5, TimeUnit.SECONDS)).isEqualTo(SamStatus.SUCCESS);
        assertThat(reader.samId().get(5, TimeUnit.SECONDS)).isEqualTo(EmulatedIdCardModule.SAM_ID);
    }

    @Test
    void theModuleAnswersNoFasterThanItsLine() throws Exception {
        List<SamExchange> exchanges = new CopyOnWriteArrayList<>();
        reader.onExchange(exchanges::add);
        module.place(ScriptedCards.resident());
        reader.read().get(5, TimeUnit.SECONDS);
        assertThat(exchanges).extracting(SamExchange::bytesIn).containsExactly(15, 19, 1295);
        SamExchange read = exchanges.get(2);
        assertThat(read.elapsed()).isGreaterThanOrEqualTo(IdCardReaderSettings.lineTime(10 + 1295, BAUD));
    }

    @Test
    void faultNoCard() {
        module.place(ScriptedCards.resident());
        module.inject(Fault.NO_CARD, 1);
        Timed timed = timedFailure(reader.read());
        assertThat(timed.error()).isInstanceOf(DeviceException.NoCard.class).hasMessageContaining("寻找证/卡失败 (SW3=80)");
        assertThat(timed.elapsed()).isLessThan(Duration.ofMillis(500));
        assertThat(reader.health()).extracting(DeviceHealth::state, DeviceHealth::reason)
                .containsExactly(State.READY, "SAM ok; no card on the reader");
    }

    @Test
    void faultBadChecksumOnceIsRetriedAndAlwaysIsAProtocolError() throws Exception {
        module.place(ScriptedCards.resident());
        module.inject(Fault.BAD_CHECKSUM, 1);
        assertThat(reader.read().get(5, TimeUnit.SECONDS).name()).isEqualTo("张三");

        module.remove();
        module.place(ScriptedCards.resident());
        module.inject(Fault.BAD_CHECKSUM, ATTEMPTS);
        Timed timed = timedFailure(reader.read());
        assertThat(timed.error()).isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("checksum");
        assertThat(timed.elapsed()).isLessThan(Duration.ofSeconds(1));
        assertThat(reader.health().state()).isEqualTo(State.WARNING);
        assertThat(reader.health().reason()).contains("checksum");

        assertThat(reader.read().get(5, TimeUnit.SECONDS).name()).as("the next read recovers").isEqualTo("张三");
        assertThat(reader.health().state()).isEqualTo(State.READY);
    }

    @Test
    void faultTruncatedFrameTimesOutAsCutShort() {
        module.place(ScriptedCards.resident());
        module.inject(Fault.TRUNCATED_FRAME, ATTEMPTS);
        Timed timed = timedFailure(reader.read());
        assertThat(timed.error()).isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("answer cut short: 7 bytes");
        assertThat(timed.elapsed()).isLessThan(ALL_ATTEMPTS);
        assertThat(reader.health().state()).isEqualTo(State.NOT_READY);
    }

    @Test
    void faultGarbageBeforeTheFrameIsSkipped() throws Exception {
        module.place(ScriptedCards.resident());
        module.inject(Fault.GARBAGE_BEFORE_FRAME, 5);
        assertThat(reader.read().get(5, TimeUnit.SECONDS).idNumber()).isEqualTo("11010519491231002X");
        assertThat(reader.samStatus().get(5, TimeUnit.SECONDS)).isEqualTo(SamStatus.SUCCESS);
        assertThat(reader.health().state()).isEqualTo(State.READY);
    }

    @Test
    void faultSilenceTimesOutAndTheReaderRecoversAfterwards() throws Exception {
        module.place(ScriptedCards.resident());
        module.inject(Fault.SILENCE, ATTEMPTS);
        Timed timed = timedFailure(reader.read());
        assertThat(timed.error()).isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("no answer within");
        assertThat(timed.elapsed()).isGreaterThanOrEqualTo(ANSWER.multipliedBy(ATTEMPTS)).isLessThan(ALL_ATTEMPTS);
        assertThat(reader.health().state()).isEqualTo(State.NOT_READY);
        assertThat(reader.health().reason()).contains("no answer within");

        assertThat(reader.read().get(5, TimeUnit.SECONDS).name()).isEqualTo("张三");
        assertThat(reader.health().state()).isEqualTo(State.READY);
    }

    @Test
    void aCallNeverOutlivesItsOperationDeadline() throws Exception {
        reader.close();
        reader = new SamIdCardReader(settings(Duration.ofMillis(500)), Clock.systemUTC());
        reader.open().get(5, TimeUnit.SECONDS);
        module.inject(Fault.SILENCE, 100);
        Timed timed = timedFailure(reader.samStatus());
        assertThat(timed.error()).isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("took longer than 500 ms");
        assertThat(timed.elapsed()).isLessThan(Duration.ofMillis(800));
    }

    @Test
    void faultUnplugIsOfflineAtOnceAndTheReaderReconnectsWithBackoff() throws Exception {
        module.place(ScriptedCards.resident());
        module.unplug();
        Timed timed = timedFailure(reader.read());
        assertThat(timed.error()).isInstanceOf(DeviceException.Offline.class).hasMessageContaining("unplugged");
        assertThat(timed.elapsed()).isLessThan(Duration.ofMillis(500));
        assertThat(reader.health().state()).isEqualTo(State.OFFLINE);

        Timed waiting = timedFailure(reader.read());
        assertThat(waiting.error()).isInstanceOf(DeviceException.Offline.class).hasMessageContaining("next attempt in");
        assertThat(waiting.elapsed()).as("no port is touched while the backoff runs").isLessThan(Duration.ofMillis(100));

        Thread.sleep(300);
        assertThat(failure(reader.read())).as("the port is still missing").isInstanceOf(DeviceException.Offline.class)
                .hasMessageContaining(module.hostPort());

        module.plugIn();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        IdCard card = null;
        while (card == null && System.nanoTime() < deadline) {
            try {
                card = reader.read().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DeviceException.Offline.class);
                Thread.sleep(100);
            }
        }
        assertThat(card).as("read after plugging back in").isNotNull();
        assertThat(reader.health().state()).isEqualTo(State.READY);
        assertThat(healthSeen).extracting(DeviceHealth::state).contains(State.OFFLINE, State.NOT_READY, State.READY);
    }

    @Test
    void aModuleMissingAtOpenIsOffline() {
        reader.close();
        module.unplug();
        reader = new SamIdCardReader(settings(Duration.ofSeconds(5)), Clock.systemUTC());
        assertThat(failure(reader.open())).isInstanceOf(DeviceException.Offline.class).hasMessageContaining(module.hostPort());
        assertThat(reader.health().state()).isEqualTo(State.OFFLINE);
    }

    @Test
    void aClosedReaderFailsAtOnceAndCanBeOpenedAgain() throws Exception {
        reader.close();
        assertThat(reader.health()).extracting(DeviceHealth::state, DeviceHealth::reason).containsExactly(State.OFFLINE, "closed");
        assertThat(failure(reader.read())).isInstanceOf(DeviceException.Offline.class).hasMessageContaining("closed");
        reader.open().get(5, TimeUnit.SECONDS);
        reader.enable().get(5, TimeUnit.SECONDS);
        module.place(ScriptedCards.permanentResident());
        assertThat(reader.read().get(5, TimeUnit.SECONDS).permanent()).isTrue();
    }

    private record Timed(Throwable error, Duration elapsed) {
    }

    private static Timed timedFailure(CompletableFuture<?> call) {
        long start = System.nanoTime();
        Throwable error = failure(call);
        return new Timed(error, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Throwable failure(CompletableFuture<?> call) {
        try {
            Object value = call.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the call did not complete", e);
        }
    }
}
