package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.HealthTracker;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The ID card reader on a GA/T 467 SAM module over a serial port. Everything runs on the reader's own
 * executor, under the operation deadline; each failure sets the health where it happens: an unplugged
 * module OFFLINE (and reconnect with backoff on later calls), no answer NOT_READY, a garbled answer
 * WARNING, a SAM that fails its self-test NOT_READY, and "no card" or a rejected card leave the module
 * READY with the reason.
 */
public final class SamIdCardReader implements IdCardReader {
    public static final String NAME = "idcard";
    private static final String SAM_OK = "SAM ok";

    private final IdCardReaderSettings settings;
    private final Clock clock;
    private final HealthTracker health;
    private final IdCardText text;
    private final List<Consumer<SamExchange>> exchangeListeners = new CopyOnWriteArrayList<>();
    private final DeviceThreads threads = new DeviceThreads(NAME);

    // The connection, touched only on the executor's thread (and by close() once that has stopped).
    private final Backoff reconnect;
    private volatile SerialSamLink port;
    private SamLink link;

    public SamIdCardReader(IdCardReaderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.health = new HealthTracker(clock, "not opened yet");
        this.text = new IdCardText(settings.foreignCardLayout());
        this.reconnect = new Backoff(settings.firstReconnectDelay(), settings.maxReconnectDelay());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Opens the port now, whatever the reconnect backoff says; the health is NOT_READY until {@link #enable()}. */
    @Override
    public CompletableFuture<Void> open() {
        threads.start();
        return run("open", () -> {
            disconnect();
            reconnect.reset();
            connect();
            return null;
        });
    }

    /** Checks the SAM's status: READY when it is fine, else fails with why. */
    @Override
    public CompletableFuture<Void> enable() {
        return run("enable", () -> {
            SamStatus status = samStatusNow();
            if (status != SamStatus.SUCCESS) {
                throw status.failure("SAM status");
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<IdCard> read() {
        return run("read card", () -> readCard(SamCommand.READ));
    }

    @Override
    public CompletableFuture<IdCard> readWithFingerprint() {
        return run("read card with fingerprint", () -> readCard(SamCommand.READ_WITH_FINGERPRINT));
    }

    @Override
    public CompletableFuture<SamStatus> samStatus() {
        return run("SAM status", this::samStatusNow);
    }

    @Override
    public CompletableFuture<String> samId() {
        return run("SAM id", () -> {
            SamResponse answer = expect(exchange(SamCommand.SAM_ID), SamStatus.SUCCESS, "SAM id");
            try {
                return SamIds.format(answer.data());
            } catch (DeviceException.Protocol e) {
                health.report(State.WARNING, e.getMessage());
                throw e;
            }
        });
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
    public void onExchange(Consumer<SamExchange> listener) {
        exchangeListeners.add(listener);
    }

    /** Closes the port after the operation under way; the reader can be opened again. */
    @Override
    public void close() {
        if (threads.stop(settings.operationTimeout(), () -> {
            disconnect();
            health.report(State.OFFLINE, "closed");
            return null;
        })) {
            // Already done on the executor, unless the operation under way outlasted the wait.
            disconnect();
            health.report(State.OFFLINE, "closed");
        }
    }

    private <T> CompletableFuture<T> run(String operation, Callable<T> task) {
        return threads.submit(operation, settings.operationTimeout(), task);
    }

    private IdCard readCard(SamCommand command) {
        expect(exchange(SamCommand.FIND_CARD), SamStatus.CARD_FOUND, "find card");
        expect(exchange(SamCommand.SELECT_CARD), SamStatus.SUCCESS, "select card");
        SamResponse answer = expect(exchange(command), SamStatus.SUCCESS, "read card");
        boolean withFingerprint = command == SamCommand.READ_WITH_FINGERPRINT;
        IdCard card;
        try {
            ReadAnswer parts = ReadAnswer.parse(answer.data(), withFingerprint);
            card = text.decode(parts.text(), parts.photo(), parts.fingerprint());
        } catch (DeviceException.InvalidCard e) {
            health.report(State.READY, SAM_OK + "; the last card was rejected");
            throw e;
        } catch (DeviceException e) {
            health.report(State.WARNING, e.getMessage());
            throw e;
        }
        health.report(State.READY, SAM_OK + "; card read");
        return card;
    }

    private SamStatus samStatusNow() {
        SamStatus status = SamStatus.of(exchange(SamCommand.SAM_STATUS));
        if (status == SamStatus.SUCCESS) {
            health.report(State.READY, SAM_OK);
        } else {
            reportFailedStatus(status, status.failure("SAM status"));
        }
        return status;
    }

    /** The answer when its SW3 is {@code wanted}; otherwise the typed failure, with the health set. */
    private SamResponse expect(SamResponse answer, SamStatus wanted, String operation) {
        SamStatus status;
        try {
            status = SamStatus.of(answer);
        } catch (DeviceException.Protocol e) {
            health.report(State.WARNING, e.getMessage());
            throw e;
        }
        if (status == wanted) {
            return answer;
        }
        DeviceException failure = status.failure(operation);
        reportFailedStatus(status, failure);
        throw failure;
    }

    private void reportFailedStatus(SamStatus status, DeviceException failure) {
        switch (status.meaning()) {
            case NO_CARD -> health.report(State.READY, SAM_OK + "; no card on the reader");
            case CARD_MOVED -> health.report(State.READY, SAM_OK + "; the card moved away during the read");
            case INVALID_CARD -> health.report(State.READY, SAM_OK + "; the last card was rejected");
            case SAM_FAULT -> health.report(State.NOT_READY, failure.getMessage());
            case OK, GARBLED_REQUEST, PROTOCOL -> health.report(State.WARNING, failure.getMessage());
        }
    }

    /** One exchange over the current link, connecting first when there is none. */
    private SamResponse exchange(SamCommand command) {
        SamLink current = connectedLink();
        try {
            return SamResponse.parse(current.transceive(command.request(), settings.exchangeTimeout(command)));
        } catch (DeviceException.Offline e) {
            disconnect();
            reconnect.failed(clock.instant());
            health.report(State.OFFLINE, e.getMessage());
            throw e;
        } catch (DeviceException.Timeout e) {
            health.report(State.NOT_READY, e.getMessage());
            throw e;
        } catch (DeviceException.Protocol e) {
            health.report(State.WARNING, e.getMessage());
            throw e;
        }
    }

    /** The link; after the module went away, a new one once the backoff allows, with the SAM checked. */
    private SamLink connectedLink() {
        if (link != null) {
            return link;
        }
        if (!reconnect.due(clock.instant())) {
            throw new DeviceException.Offline("idcard: the reader is not connected; next attempt in "
                    + reconnect.remaining(clock.instant()).toMillis() + " ms", SamFrameReader.CHECK_CABLE, null);
        }
        connect();
        SamStatus status = samStatusNow();
        if (status != SamStatus.SUCCESS) {
            throw status.failure("SAM status");
        }
        return link;
    }

    private void connect() {
        SerialSamLink opened;
        try {
            opened = SerialSamLink.open(settings.portPath(), settings.baud());
        } catch (DeviceException.Offline e) {
            reconnect.failed(clock.instant());
            health.report(State.OFFLINE, e.getMessage());
            throw e;
        }
        reconnect.reset();
        port = opened;
        link = new RetryingSamLink(new LoggingSamLink(new TimedSamLink(opened, this::exchanged)), settings.attempts());
        health.report(State.NOT_READY, "port " + settings.portPath() + " open; SAM not checked yet");
    }

    private void disconnect() {
        SerialSamLink open = port;
        port = null;
        link = null;
        if (open != null) {
            open.close();
        }
    }

    private void exchanged(SamExchange exchange) {
        exchangeListeners.forEach(listener -> listener.accept(exchange));
    }
}
