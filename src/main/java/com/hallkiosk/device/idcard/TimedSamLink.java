package com.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.function.Consumer;

/** Tells a listener how long each answered exchange took and how many bytes it moved. */
public final class TimedSamLink implements SamLink {
    private final SamLink next;
    private final Consumer<SamExchange> listener;

    public TimedSamLink(SamLink next, Consumer<SamExchange> listener) {
        this.next = next;
        this.listener = listener;
    }

    @Override
    public byte[] transceive(byte[] requestFrame, Duration timeout) {
        long start = System.nanoTime();
        byte[] answer = next.transceive(requestFrame, timeout);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        SamRequest request = SamRequest.parse(requestFrame);
        listener.accept(new SamExchange(request.command(), request.parameter(), requestFrame.length, answer.length, elapsed));
        return answer;
    }
}
