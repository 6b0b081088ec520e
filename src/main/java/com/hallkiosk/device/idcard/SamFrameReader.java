package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Reads one frame from a byte stream the way a line needs it: skip whatever comes before a preamble
 * (noise, the tail of an answer given up on), take the big-endian length, read exactly that many more
 * bytes, and check the frame. Bounded in time and in the noise it will skip.
 */
public final class SamFrameReader {
    /** Where the reader gets its bytes from: a serial port, or an array in tests. */
    @FunctionalInterface
    public interface ByteSource {
        /**
         * Reads up to {@code length} bytes into {@code buffer} at {@code offset}.
         *
         * @return the number read; 0 when none came within the source's own short wait; -1 when the
         *     source is gone (a serial port whose device was unplugged)
         */
        int read(byte[] buffer, int offset, int length);
    }

    /** Noise skipped looking for a preamble before giving up: a line of noise is not worth waiting out. */
    static final int MAX_SKIPPED = 2 * SamFrames.MAX_LENGTH;
    static final String CHECK_CABLE = "check the ID card reader's cable and power";

    private final ByteSource source;
    private final Duration timeout;
    private final long deadline;
    private int received;

    private SamFrameReader(ByteSource source, Duration timeout) {
        this.source = source;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /**
     * The next whole frame from {@code source}, within {@code timeout}.
     *
     * @throws DeviceException.Timeout  when no complete frame came in time
     * @throws DeviceException.Protocol when a frame came with a bad length or checksum, or only noise came
     * @throws DeviceException.Offline  when the source is gone
     */
    public static byte[] read(ByteSource source, Duration timeout) {
        return new SamFrameReader(source, timeout).frame();
    }

    private byte[] frame() {
        byte[] header = preamble();
        fill(header, SamFrames.PREAMBLE.length, 2);
        int length = SamFrames.declaredLength(header[5], header[6]);
        SamFrames.checkLength(length);
        byte[] frame = Arrays.copyOf(header, SamFrames.HEADER_LENGTH + length);
        fill(frame, SamFrames.HEADER_LENGTH, length);
        SamFrames.body(frame);
        return frame;
    }

    /** Reads until the last five bytes are the preamble; returns a header buffer that starts with it. */
    private byte[] preamble() {
        byte[] window = new byte[SamFrames.HEADER_LENGTH];
        int skipped = -SamFrames.PREAMBLE.length;
        while (!Arrays.equals(window, 0, SamFrames.PREAMBLE.length, SamFrames.PREAMBLE, 0, SamFrames.PREAMBLE.length)) {
            if (++skipped > MAX_SKIPPED) {
                throw SamFrames.malformed("no preamble in " + MAX_SKIPPED + " bytes of noise");
            }
            System.arraycopy(window, 1, window, 0, SamFrames.PREAMBLE.length - 1);
            fill(window, SamFrames.PREAMBLE.length - 1, 1);
        }
        return window;
    }

    private void fill(byte[] buffer, int offset, int count) {
        int at = offset;
        while (at < offset + count) {
            if (System.nanoTime() - deadline > 0) {
                throw new DeviceException.Timeout(received == 0
                        ? "idcard: no answer within " + timeout.toMillis() + " ms"
                        : "idcard: answer cut short: " + received + " bytes, then nothing within " + timeout.toMillis() + " ms",
                        CHECK_CABLE);
            }
            int n = source.read(buffer, at, offset + count - at);
            if (n < 0) {
                throw new DeviceException.Offline("idcard: the reader's port stopped working (unplugged?)", CHECK_CABLE, null);
            }
            at += n;
            received += n;
        }
    }
}
