package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceHealth;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An A4 printer for the items' tests: it keeps the bytes of every PDF it is given, reports the health a test
 * sets, and answers every job printed, or not printed with a problem (paper out mid-job) once a test says so.
 */
public final class RecordingDocumentPrinter implements DocumentPrinter {
    private final List<byte[]> printed = new CopyOnWriteArrayList<>();
    private volatile DeviceHealth health = new DeviceHealth(DeviceHealth.State.READY, "ready", Instant.EPOCH);
    private volatile String failure;

    /** The PDFs given to {@link #print}, in order. */
    public List<byte[]> documents() {
        return printed;
    }

    public void setHealth(DeviceHealth.State state, String reason) {
        health = new DeviceHealth(state, reason, Instant.now());
    }

    /** Every job from now on ends not printed, with {@code problem} as CUPS would say it. */
    public void failJobs(String problem) {
        failure = problem;
    }

    @Override
    public CompletableFuture<DocumentPrintOutcome> print(PrintablePdf document) {
        printed.add(document.bytes().clone());
        String problem = failure;
        return CompletableFuture.completedFuture(problem == null ? DocumentPrintOutcome.printed(printed.size(), 1)
                : DocumentPrintOutcome.notPrinted(printed.size(), problem, "the paper tray"));
    }

    @Override
    public String name() {
        return "document";
    }

    @Override
    public CompletableFuture<Void> open() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> enable() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public DeviceHealth health() {
        return health;
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
    }

    @Override
    public void close() {
    }
}
