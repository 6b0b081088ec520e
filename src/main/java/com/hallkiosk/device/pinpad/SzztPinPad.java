package com.hallkiosk.device.pinpad;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.HealthTracker;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial PIN pad of the SZZT (深圳证通) ZT588/ZT598 family in plain-text mode: the pad sends each key as
 * one byte, from a key table the kiosk loads, and the kiosk counts the digits. Frames: {@link SzztFrame}.
 * Commands and key table: drivers/pinpad/szzt-zt588.properties, which cites the source; bytes that
 * source does not show are marked [UNVERIFIED] there and here.
 *
 * <p>Plain-text mode puts the digits on the serial line, as the on-screen keypad puts them in the kiosk's
 * memory: good enough for the 社保卡 PIN, which the kiosk itself hands to the card (VERIFY / CHANGE
 * REFERENCE DATA), unlike a bank PIN that the pad would encrypt. So the driver keeps the digits only in
 * the entry's buffer and wipes its read buffer after every read.
 *
 * <p>Everything runs on the pad's executor; every read waits at most about 100 ms, so an entry notices a
 * cancel, its deadline or a pulled cable within that. A cable pulled mid-entry ends the entry with
 * {@link DeviceException.Offline}, its digits wiped; the next call opens the port again.
 */
public final class SzztPinPad implements PinPad {
    public static final String NAME = "pinpad";
    private static final Logger LOG = LoggerFactory.getLogger(SzztPinPad.class);

    /**
     * The key table loaded into the pad, in the order of its key matrix (4 columns, 6 rows):
     * {@code 1 2 3 取消 / 4 5 6 更正 / 7 8 9 (blank) / . 0 00 确认 / A C E G / B D F H}.
     * Source: smartware's SCANCODES; the blank key's BEL we read as clear (our choice).
     */
    static final byte[] KEY_TABLE = {'1', '2', '3', 0x1B, '4', '5', '6', 0x08, '7', '8', '9', 0x07,
            '.', '0', '#', 0x0D, 'A', 'C', 'E', 'G', 'B', 'D', 'F', 'H'};
    private static final Map<Byte, PinKey> FUNCTION_KEYS = Map.of(
            (byte) 0x1B, PinKey.CANCEL,
            // Sent by the pad itself when cancelled or its own input time ran out, as smartware reads it [UNVERIFIED].
            (byte) 0x80, PinKey.CANCEL,
            (byte) 0x08, PinKey.BACKSPACE,
            (byte) 0x07, PinKey.CLEAR,
            (byte) 0x0D, PinKey.ENTER);

    static final String SET_HEX_MODE = "5637";
    static final String QUERY_INFORMATION = "3";
    static final String LOAD_KEY_TABLE = "4";
    static final String ENABLE_INPUT = "5033";
    static final String DISABLE_INPUT = "5032";
    /** Where the model name starts in the answer to {@link #QUERY_INFORMATION}: status, 50 + 48 + 20 + 8 bytes. */
    private static final int MODEL_AT = 127;
    private static final int MODEL_LENGTH = 6;
    private static final Map<Integer, String> ERRORS = Map.ofEntries(
            Map.entry(0xE0, "low battery"), Map.entry(0xE1, "IMK required"), Map.entry(0xE2, "TMK required"),
            Map.entry(0xE3, "unexpected key size"), Map.entry(0xE4, "key not found"),
            Map.entry(0xE5, "key not found or not compatible"), Map.entry(0xE6, "key parity check failed"),
            Map.entry(0xE7, "key not valid"), Map.entry(0xE8, "unexpected command length"),
            Map.entry(0xE9, "incorrect data"), Map.entry(0xEB, "incorrect parameter"),
            Map.entry(0xEC, "authorisation required"), Map.entry(0xED, "authorisation locked"),
            Map.entry(0xEE, "input timed out"), Map.entry(0xEF, "general error"));
    private static final Duration CONNECT_ALLOWANCE = Duration.ofSeconds(2);

    private final SerialPinPadSettings settings;
    private final PinPadConnector connector;
    private final HealthTracker health;
    private final DeviceThreads threads = new DeviceThreads(NAME);
    /** Bytes as they come off the line; wiped after each read, since in an entry they are digits. */
    private final byte[] received = new byte[64];
    private final byte[] frame = new byte[1024];
    private volatile PinEntry entry;
    private volatile boolean enabled;
    // Touched only on the executor's thread (and by close() once that has stopped).
    private PinPadLink link;

    public SzztPinPad(SerialPinPadSettings settings, PinPadConnector connector, Clock clock) {
        this.settings = settings;
        this.connector = connector;
        this.health = new HealthTracker(clock, "not opened yet");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletableFuture<Void> open() {
        threads.start(settings.healthPoll(), "status", commandDeadline(), this::checkStillThere);
        return run("open", CONNECT_ALLOWANCE, () -> {
            disconnect();
            connect();
            return null;
        });
    }

    /** Sets the pad up (hex mode, key table, input off) and reads its model; READY once done. */
    @Override
    public CompletableFuture<Void> enable() {
        return run("enable", commandDeadline().multipliedBy(4), () -> {
            setUp();
            return null;
        });
    }

    @Override
    public CompletableFuture<Pin> collect(PinRequest request, PinEntryListener listener) {
        PinEntry started = new PinEntry(request, listener);
        PinEntry before = entry;
        if (before != null) {
            before.fail(new PinEntryCancelled("PIN entry replaced by a new one"));
        }
        entry = started;
        Duration allowance = commandDeadline().multipliedBy(3);
        run("PIN entry", request.timeout().plus(allowance), () -> {
            runEntry(started, request);
            return null;
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                started.fail(DeviceException.of(failure, NAME + ": PIN entry"));
            }
        });
        return started.result();
    }

    @Override
    public void cancelEntry() {
        PinEntry current = entry;
        if (current != null) {
            current.fail(new PinEntryCancelled("PIN entry cancelled by the kiosk"));
        }
    }

    @Override
    public DeviceHealth health() {
        return health.current();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        health.listen(listener);
    }

    @Override
    public void close() {
        cancelEntry();
        if (threads.stop(commandDeadline(), () -> {
            disconnect();
            return null;
        })) {
            disconnect();
            enabled = false;
            health.report(State.OFFLINE, "closed");
        }
    }

    /** Whether the driver holds no digit: its read buffer, and the buffer of the last entry. */
    boolean holdsNoDigits() {
        PinEntry last = entry;
        synchronized (received) {
            for (byte b : received) {
                if (b != 0) {
                    return false;
                }
            }
        }
        return last == null || last.holdsNoDigits();
    }

    private void runEntry(PinEntry current, PinRequest request) {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        LOG.info("pinpad: PIN entry of {} digits started", request.length());
        try {
            if (!enabled) {
                setUp();
            }
            command(ENABLE_INPUT);
            while (!current.ended()) {
                if (System.nanoTime() - deadline > 0) {
                    current.fail(new DeviceException.Timeout("pinpad: no PIN within " + request.timeout().toSeconds()
                            + " s", "enter the PIN again"));
                    break;
                }
                synchronized (received) {
                    int read = link.read(received);
                    for (int i = 0; i < read && !current.ended(); i++) {
                        press(current, received[i]);
                    }
                    Arrays.fill(received, (byte) 0);
                }
            }
            command(DISABLE_INPUT);
        } catch (DeviceException e) {
            current.fail(e instanceof DeviceException.Offline
                    ? new DeviceException.Offline("pinpad: the PIN pad went away during the entry; the entry is"
                    + " cancelled", SerialPinPadLink.CHECK_CABLE, e) : e);
            lineFailed(e);
        } finally {
            synchronized (received) {
                Arrays.fill(received, (byte) 0);
            }
            LOG.info("pinpad: PIN entry ended: {}", outcome(current));
        }
    }

    private static String outcome(PinEntry ended) {
        return ended.result().handle((pin, failure) -> pin != null ? "entered"
                : DeviceException.of(failure, "PIN entry").getClass().getSimpleName()).getNow("under way");
    }

    private static void press(PinEntry current, byte key) {
        if (key >= '0' && key <= '9') {
            current.digit((char) key);
            return;
        }
        PinKey function = FUNCTION_KEYS.get(key);
        if (function != null) {
            current.key(function);
        }
        // '.', '00' and the application keys A–H have no meaning in a PIN: ignored.
    }

    private void setUp() {
        ensureConnected();
        command(SET_HEX_MODE);
        byte[] information = command(QUERY_INFORMATION);
        if (information.length < MODEL_AT + MODEL_LENGTH) {
            throw new DeviceException.Protocol("pinpad: the pad's information is " + information.length
                    + " bytes, too short", "is this a ZT588/ZT598 PIN pad, as drivers/pinpad says?");
        }
        String model = new String(information, MODEL_AT, MODEL_LENGTH, StandardCharsets.US_ASCII).strip();
        command(LOAD_KEY_TABLE + HexFormat.of().withUpperCase().formatHex(KEY_TABLE));
        command(DISABLE_INPUT);
        enabled = true;
        health.report(State.READY, "PIN pad " + model + " on " + settings.port());
    }

    private Object checkStillThere() {
        if (link == null) {
            try {
                connect();
            } catch (DeviceException e) {
                return null;
            }
        }
        if (enabled) {
            command(DISABLE_INPUT);
        } else {
            setUp();
        }
        return null;
    }

    private void ensureConnected() {
        if (link == null) {
            connect();
        }
    }

    private void connect() {
        try {
            link = connector.connect();
        } catch (DeviceException e) {
            health.report(State.OFFLINE, e.getMessage());
            throw e;
        }
        enabled = false;
        health.report(State.NOT_READY, "opened " + settings.port() + ", not set up yet");
    }

    private void disconnect() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private void lineFailed(DeviceException e) {
        if (e instanceof DeviceException.Offline) {
            disconnect();
            enabled = false;
            health.report(State.OFFLINE, e.getMessage());
        } else if (!(e instanceof PinEntryCancelled)) {
            health.report(State.NOT_READY, e.getMessage());
        }
    }

    /** Sends {@code text} in a frame and returns the answer's text; key bytes before the answer are dropped. */
    private byte[] command(String text) {
        ensureConnected();
        try {
            link.write(SzztFrame.encode(text));
            byte[] answer = readAnswer(text);
            if (answer.length == 0) {
                throw new DeviceException.Protocol("pinpad: empty answer to command " + text.charAt(0), null);
            }
            int status = answer[0] & 0xFF;
            if (status >= 0xE0 && status <= 0xEF) {
                throw new DeviceException.Protocol("pinpad: command " + text.charAt(0) + " refused: "
                        + ERRORS.getOrDefault(status, "error " + Integer.toHexString(status)), "restart the PIN pad");
            }
            if (enabled) {
                health.report(State.READY, health.current().state() == State.READY ? health.current().reason()
                        : "PIN pad on " + settings.port());
            }
            return answer;
        } catch (DeviceException e) {
            lineFailed(e);
            throw e;
        }
    }

    private byte[] readAnswer(String command) {
        long deadline = System.nanoTime() + settings.commandTimeout().toNanos();
        int length = 0;
        byte[] one = new byte[1];
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new DeviceException.Timeout("pinpad: no answer to command " + command.charAt(0) + " within "
                        + settings.commandTimeout().toMillis() + " ms", "is the PIN pad connected, and set to "
                        + settings.baud() + " baud?");
            }
            if (link.read(one) == 0) {
                continue;
            }
            if (length == 0 && one[0] != SzztFrame.STX) {
                one[0] = 0;
                continue;
            }
            frame[length++] = one[0];
            Integer expected = SzztFrame.frameLength(frame, length).orElse(null);
            if (expected != null && (expected < 0 || expected > frame.length)) {
                throw new DeviceException.Protocol("pinpad: garbled frame length", "is the baud rate right?");
            }
            if (expected != null && length == expected) {
                return SzztFrame.text(frame, length).orElseThrow(() -> new DeviceException.Protocol(
                        "pinpad: bad checksum or end in the answer to command " + command.charAt(0), "is the baud rate right?"));
            }
        }
    }

    private <T> CompletableFuture<T> run(String operation, Duration timeout, Callable<T> task) {
        return threads.submit(operation, timeout, task);
    }

    private Duration commandDeadline() {
        return settings.commandTimeout().multipliedBy(2).plus(CONNECT_ALLOWANCE);
    }
}
