package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.HealthTracker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The social security card (社会保障卡) reader port over PC/SC: reads EF05/EF06 without a PIN, verifies
 * and changes the PIN, and tells listeners when a card comes and goes or the reader is unplugged.
 *
 * <p>Lifecycle: {@link #open()} starts the presence watch and completes once the health reflects a
 * first look at PC/SC (OFFLINE with "pcscd not running" or "reader unplugged", or READY); the watch
 * then keeps the health current and recovers by itself when pcscd comes back. {@link #enable()} fails
 * with {@link DeviceException.Offline} unless the reader is there now. Card operations run one at a time
 * on the port's own executor ({@link DeviceThreads}), each with {@link ReaderSettings#callTimeout()}, each in a
 * PC/SC context and card connection of its own (so none outlives a pcscd restart) and inside a PC/SC
 * transaction (so no other program interleaves its APDUs). {@link #reconnect()} closes and opens again.
 */
public final class PcscSocialSecurityCardReader implements SocialSecurityCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(PcscSocialSecurityCardReader.class);
    private static final String NAME = "sscard";

    private final PcscContexts contexts;
    private final ReaderSettings settings;
    private final ReaderChoice choice;
    private final SsseProtocol protocol;
    private final HealthTracker health;
    private final List<Consumer<CardEvent>> cardListeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private final DeviceThreads threads = new DeviceThreads(NAME);
    // The presence watch between open and close.
    private PresenceMonitor monitor;

    public PcscSocialSecurityCardReader(PcscContexts contexts, ReaderSettings settings, Clock clock) {
        this.contexts = contexts;
        this.settings = settings;
        this.choice = new ReaderChoice(settings.readerName());
        this.protocol = new SsseProtocol(settings.addressing());
        this.health = new HealthTracker(clock, "not opened");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletableFuture<Void> open() {
        CompletableFuture<Void> firstLook;
        synchronized (lifecycle) {
            if (!threads.start()) {
                return CompletableFuture.completedFuture(null);
            }
            monitor = new PresenceMonitor(NAME, contexts, choice, settings.presencePoll(), health,
                    event -> cardListeners.forEach(listener -> listener.accept(event)));
            firstLook = monitor.start();
        }
        return firstLook.orTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(e ->
                CompletableFuture.failedFuture(e instanceof TimeoutException ? new DeviceException.Timeout(NAME
                        + ": open took longer than " + settings.callTimeout().toMillis() + " ms",
                        "is pcscd hanging? restart it: systemctl restart pcscd") : e));
    }

    @Override
    public CompletableFuture<Void> enable() {
        return submit("enable", () -> inContext(terminals -> {
            pickReader(terminals);
            return null;
        }));
    }

    @Override
    public CompletableFuture<SocialSecurityCard> read() {
        return submit("read card", () -> withCard(protocol::read));
    }

    /**
     * Verifies the cardholder's PIN. {@code pin} is wiped before this returns; the command holding it is
     * wiped once sent, or when the call ends without sending it. Wrong and blocked PINs are results, not
     * failures: the try counter lives on the card.
     */
    @Override
    public CompletableFuture<PinResult> verifyPin(char[] pin) {
        byte[] command;
        try {
            command = settings.pinApdus().verifyCommand(pin);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            Arrays.fill(pin, '\0');
        }
        return sendPinCommand("verify PIN", command);
    }

    @Override
    public CompletableFuture<PinResult> changePin(char[] oldPin, char[] newPin) {
        byte[] command;
        try {
            command = settings.pinApdus().changeCommand(oldPin, newPin);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            Arrays.fill(oldPin, '\0');
            Arrays.fill(newPin, '\0');
        }
        return sendPinCommand("change PIN", command);
    }

    @Override
    public CompletableFuture<List<ReaderStatus>> readers() {
        return submit("list readers", () -> inContext(terminals -> {
            try {
                List<CardTerminal> all = terminals.list();
                CardTerminal chosen = choice.pick(all).orElse(null);
                List<ReaderStatus> statuses = new ArrayList<>();
                for (CardTerminal terminal : all) {
                    statuses.add(new ReaderStatus(terminal.getName(), terminal.isCardPresent(), terminal == chosen));
                }
                return statuses;
            } catch (CardException e) {
                throw PcscFailure.toDeviceException("listing readers", e);
            }
        }));
    }

    @Override
    public void onCardEvent(Consumer<CardEvent> listener) {
        cardListeners.add(listener);
    }

    @Override
    public DeviceHealth health() {
        return health.current();
    }

    /** Called on the presence watch's thread, which owns the health, so that a change is not queued behind a read. */
    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        health.listen(changed -> {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                // A failing listener must not look like a PC/SC failure to the presence watch.
                LOG.warn("a health listener failed on {}", changed, e);
            }
        });
    }

    @Override
    public void close() {
        PresenceMonitor closing;
        synchronized (lifecycle) {
            closing = monitor;
            monitor = null;
        }
        if (closing != null) {
            closing.close();
        }
        if (threads.stop(settings.callTimeout(), () -> null)) {
            health.report(DeviceHealth.State.OFFLINE, "closed");
        }
    }

    private CompletableFuture<PinResult> sendPinCommand(String operation, byte[] command) {
        // Whoever gets the command first wipes it: the task after sending it, or the end of the call
        // when the task never ran (deadline passed in the queue). Never while it may still be sent.
        AtomicReference<byte[]> pending = new AtomicReference<>(command);
        CompletableFuture<PinResult> result = submit(operation, () -> {
            byte[] taken = pending.getAndSet(null);
            if (taken == null) {
                throw new DeviceException.Timeout(NAME + ": " + operation + " was not sent in time", null);
            }
            try {
                return withCard(wire -> protocol.sendPinCommand(wire, taken));
            } finally {
                Arrays.fill(taken, (byte) 0);
            }
        });
        result.whenComplete((outcome, failure) -> {
            byte[] unsent = pending.getAndSet(null);
            if (unsent != null) {
                Arrays.fill(unsent, (byte) 0);
            }
        });
        return result;
    }

    private <T> CompletableFuture<T> submit(String operation, Callable<T> task) {
        return threads.submit(operation, settings.callTimeout(), task);
    }

    /** Runs {@code work} in a PC/SC context of its own, released afterwards. */
    private <T> T inContext(Function<CardTerminals, T> work) {
        CardTerminals terminals = contexts.establish();
        try {
            return work.apply(terminals);
        } finally {
            contexts.release(terminals);
        }
    }

    private CardTerminal pickReader(CardTerminals terminals) {
        try {
            return choice.pick(terminals.list()).orElseThrow(() -> new DeviceException.Offline(
                    PcscFailure.READER_UNPLUGGED + ": " + choice.describe() + " is not connected",
                    "plug the reader in; pcsc_scan lists the readers pcscd sees", null));
        } catch (CardException e) {
            throw PcscFailure.toDeviceException("listing readers", e);
        }
    }

    /** Connects to the card in the reader, runs {@code work} over its wire in a transaction, disconnects. */
    private <T> T withCard(Function<CardTransport, T> work) {
        return inContext(terminals -> {
            CardTerminal terminal = pickReader(terminals);
            Card card = connect(terminal);
            try {
                card.beginExclusive();
                try {
                    return work.apply(new MaskedLoggingTransport(new SmartcardioTransport(terminal,
                            card.getBasicChannel())));
                } finally {
                    quietly(card::endExclusive);
                }
            } catch (CardException e) {
                throw PcscFailure.toDeviceException("starting a card transaction", e);
            } finally {
                quietly(() -> card.disconnect(false));
            }
        });
    }

    private static Card connect(CardTerminal terminal) {
        try {
            return terminal.connect("*");
        } catch (CardException e) {
            if (PcscFailure.of(e) == PcscFailure.CARD_GONE) {
                throw new DeviceException.NoCard("no card in " + terminal.getName());
            }
            throw PcscFailure.toDeviceException("connecting to the card", e);
        }
    }

    /** A step whose failure changes nothing: ending a transaction or disconnecting from a card that is gone. */
    private interface CardStep {
        void run() throws CardException;
    }

    private static void quietly(CardStep step) {
        try {
            step.run();
        } catch (CardException | RuntimeException e) {
            // The card or pcscd is already gone; the operation's own outcome is what matters.
        }
    }
}
