package com.hallkiosk.device.camera;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames of one liveness session, per prompt, held in memory and nowhere else. The camera hands each frame to
 * it the moment it is taken, so that a capture cut short (timeout, camera unplugged) leaves nothing outside it;
 * {@link #close()} wipes every frame (try-with-resources around the session), and a frame arriving after that is
 * wiped at once.
 */
public final class FaceCapture implements AutoCloseable {
    private final Map<LivenessPrompt, List<Frame>> frames = new LinkedHashMap<>();
    private boolean closed;

    /** Keeps {@code frame} as filmed under {@code prompt}; wipes it instead when the session has ended. */
    public synchronized void add(LivenessPrompt prompt, Frame frame) {
        if (closed) {
            frame.wipe();
            return;
        }
        frames.computeIfAbsent(prompt, key -> new ArrayList<>()).add(frame);
    }

    /** The frames filmed under {@code prompt}, in order; empty when none. */
    public synchronized List<Frame> frames(LivenessPrompt prompt) {
        return List.copyOf(frames.getOrDefault(prompt, List.of()));
    }

    /** Every frame, in the order filmed. */
    public synchronized List<Frame> all() {
        return frames.values().stream().flatMap(List::stream).toList();
    }

    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        frames.values().forEach(list -> list.forEach(Frame::wipe));
        closed = true;
    }

    @Override
    public synchronized String toString() {
        return "FaceCapture[" + all().size() + " frames" + (closed ? ", wiped" : "") + "]";
    }
}
