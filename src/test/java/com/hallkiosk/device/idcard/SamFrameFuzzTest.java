package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.hallkiosk.device.DeviceException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs for the frame parser and the stream reader, with one property each.
 *
 * <ul>
 *   <li>Parser, {@value #PARSER_INPUTS} inputs: random bytes, valid frames, and valid frames with bits
 *       flipped, cut short, extended, with the length field rewritten, or noise behind a preamble.
 *       {@link SamResponse#parse} either returns an answer that encodes back to exactly the input, or
 *       fails with {@link DeviceException.Protocol}, its one documented error.</li>
 *   <li>Reader, {@value #READER_STREAMS} streams of noise and whole and damaged frames in random chunks:
 *       {@link SamFrameReader#read} returns only frames that are in the stream and check out, and ends
 *       with Protocol (garbled) or Offline (the stream ended, as an unplugged port does).</li>
 * </ul>
 * The seed is fixed so a failure can be repeated; a failure names the input.
 */
class SamFrameFuzzTest {
    static final int PARSER_INPUTS = 200_000;
    static final int READER_STREAMS = 20_000;
    private static final long SEED = 0x1DCA4DL;

    @Test
    void theParserReturnsAnExactAnswerOrAProtocolErrorAndNothingElse() {
        Random random = new Random(SEED);
        int parsed = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < PARSER_INPUTS; i++) {
            byte[] input = input(random);
            try {
                SamResponse response = SamResponse.parse(input);
                if (!Arrays.equals(response.frame(), input)) {
                    fail("input %d parsed but does not encode back: %s", i, Hex.spaced(input));
                }
                parsed++;
            } catch (DeviceException.Protocol expected) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("input " + i + " escaped with " + e + ": " + Hex.spaced(input), e);
            }
        }
        System.out.printf("idcard fuzz: %d parser inputs in %d ms: %d parsed, %d rejected%n", PARSER_INPUTS,
                Duration.ofNanos(System.nanoTime() - start).toMillis(), parsed, rejected);
        assertThat(parsed + rejected).isEqualTo(PARSER_INPUTS);
        assertThat(parsed).as("valid frames among the inputs").isGreaterThan(PARSER_INPUTS / 10);
        assertThat(rejected).as("damaged inputs").isGreaterThan(PARSER_INPUTS / 2);
    }

    @Test
    void theReaderReturnsOnlyGenuineFramesAndEndsWithADocumentedError() {
        Random random = new Random(SEED + 1);
        int frames = 0;
        int endings = 0;
        long start = System.nanoTime();
        for (int i = 0; i < READER_STREAMS; i++) {
            byte[] stream = stream(random);
            ArraySource source = new ArraySource(stream, random.nextLong(), true);
            try {
                while (true) {
                    byte[] frame = SamFrameReader.read(source, Duration.ofSeconds(10));
                    SamFrames.body(frame);
                    if (indexOf(stream, frame) < 0) {
                        fail("stream %d gave a frame it does not hold: %s", i, Hex.spaced(frame));
                    }
                    frames++;
                }
            } catch (DeviceException.Protocol | DeviceException.Offline expected) {
                endings++;
            } catch (RuntimeException | Error e) {
                fail("stream " + i + " escaped with " + e + ": " + Hex.spaced(stream), e);
            }
        }
        System.out.printf("idcard fuzz: %d reader streams in %d ms, %d frames found%n", READER_STREAMS,
                Duration.ofNanos(System.nanoTime() - start).toMillis(), frames);
        assertThat(endings).isEqualTo(READER_STREAMS);
        assertThat(frames).isGreaterThan(READER_STREAMS);
    }

    private static byte[] input(Random random) {
        byte[] frame = validFrame(random);
        switch (random.nextInt(7)) {
            case 0 -> {
                return randomBytes(random, random.nextInt(80));
            }
            case 1 -> {
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return frame;
            }
            case 2 -> {
                return Arrays.copyOf(frame, random.nextInt(frame.length));
            }
            case 3 -> {
                return concat(frame, randomBytes(random, 1 + random.nextInt(8)));
            }
            case 4 -> {
                frame[5] = (byte) random.nextInt(256);
                frame[6] = (byte) random.nextInt(256);
                return frame;
            }
            case 5 -> {
                return concat(Arrays.copyOf(frame, 5), randomBytes(random, random.nextInt(40)));
            }
            default -> {
                return frame;
            }
        }
    }

    private static byte[] stream(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int parts = 1 + random.nextInt(6); parts > 0; parts--) {
            out.writeBytes(random.nextInt(3) == 0 ? input(random) : validFrame(random));
        }
        return out.toByteArray();
    }

    /** A valid answer frame: status bytes and up to 40 data bytes, now and then a full 1295-byte read. */
    private static byte[] validFrame(Random random) {
        int data = random.nextInt(50) == 0 ? 1284 : random.nextInt(41);
        return new SamResponse(random.nextInt(256), random.nextInt(256), random.nextInt(256), randomBytes(random, data)).frame();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
