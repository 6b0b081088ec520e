package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.HealthTracker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the reader on a thread of its own: card inserted or removed, reader unplugged, pcscd gone.
 * It owns the reader's health and keeps its own PC/SC context; when a call on it fails the context is
 * dropped and a new one established on the next round, which is what brings the reader back after
 * pcscd restarts. Every wait in PC/SC is bounded by the poll interval, so {@link #close()} returns
 * within one interval. Health changes and card events are reported on this thread, not queued behind a
 * card operation: a removal is known while a read is still failing.
 */
final class PresenceMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceMonitor.class);

    private final PcscContexts contexts;
    private final ReaderChoice choice;
    private final Duration poll;
    private final HealthTracker health;
    private final Consumer<CardEvent> events;
    private final CompletableFuture<Void> firstLook = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean running = true;

    // Touched by the monitor thread only.
    private CardTerminals terminals;
    private String watchedReader;
    private boolean cardPresent;

    PresenceMonitor(String device, PcscContexts contexts, ReaderChoice choice, Duration poll, HealthTracker health,
            Consumer<CardEvent> events) {
        this.contexts = contexts;
        this.choice = choice;
        this.poll = poll;
        this.health = health;
        this.events = events;
        this.thread = new Thread(this::watch, "device-" + device + "-presence");
        this.thread.setDaemon(true);
    }

    /** Starts watching; the future completes once the health reflects a first look at PC/SC. */
    CompletableFuture<Void> start() {
        thread.start();
        return firstLook;
    }

    private void watch() {
        while (running) {
            try {
                lookOnce();
                firstLook.complete(null);
                terminals.waitForChange(poll.toMillis());
            } catch (CardException | RuntimeException e) {
                if (!running) {
                    break;
                }
                lostContext(e instanceof DeviceException d ? d : PcscFailure.toDeviceException("watching the reader", e));
                firstLook.complete(null);
                pause();
            }
        }
        contexts.release(terminals);
    }

    private void lookOnce() throws CardException {
        if (terminals == null) {
            terminals = contexts.establish();
        }
        List<CardTerminal> readers = terminals.list();
        Optional<CardTerminal> chosen = choice.pick(readers);
        if (chosen.isEmpty()) {
            readerGone();
            health.report(DeviceHealth.State.OFFLINE, PcscFailure.READER_UNPLUGGED + ": " + choice.describe()
                    + " is not connected; plug it in (pcsc_scan lists the readers pcscd sees)");
            return;
        }
        String name = chosen.get().getName();
        if (!name.equals(watchedReader)) {
            readerGone();
            watchedReader = name;
        }
        health.report(DeviceHealth.State.READY, "reader " + name);
        boolean present = terminals.list(CardTerminals.State.CARD_PRESENT).stream()
                .anyMatch(t -> t.getName().equals(name));
        if (present != cardPresent) {
            cardPresent = present;
            fire(present ? CardEvent.Kind.INSERTED : CardEvent.Kind.REMOVED, name);
        }
    }

    /** The watched reader is gone: a card in it is gone with it. */
    private void readerGone() {
        if (watchedReader == null) {
            return;
        }
        if (cardPresent) {
            fire(CardEvent.Kind.REMOVED, watchedReader);
        }
        fire(CardEvent.Kind.READER_UNPLUGGED, watchedReader);
        watchedReader = null;
        cardPresent = false;
    }

    /** PC/SC failed under the watch (pcscd stopped, most likely): drop the context and say why. */
    private void lostContext(DeviceException failure) {
        contexts.release(terminals);
        terminals = null;
        if (cardPresent) {
            fire(CardEvent.Kind.REMOVED, watchedReader);
        }
        watchedReader = null;
        cardPresent = false;
        health.report(DeviceHealth.State.OFFLINE, failure.getMessage() + "; " + failure.whatToCheck());
    }

    private void fire(CardEvent.Kind kind, String reader) {
        CardEvent event = new CardEvent(kind, reader);
        try {
            events.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("a card event listener failed on {}", event, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(poll.toMillis() * 2 + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
