package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs for the TLV parser: {@value #INPUTS} inputs from seed {@value #SEED}, a third
 * plain random bytes, the rest well-formed sequences of which most are then damaged (bytes flipped,
 * cut short, lengthened, length bytes rewritten). The properties: the parser throws nothing but
 * {@link TlvFormatException}, and whatever it accepts re-encodes to exactly the input. Both outcomes
 * must occur often, so the damage is neither always fatal nor never.
 */
class TlvParserFuzzTest {
    static final int INPUTS = 200_000;
    static final long SEED = 0x55CA7DL;

    @Test
    void nothingButTheParseErrorEscapesAndWhatIsAcceptedReencodesExactly() {
        Random random = new Random(SEED);
        int accepted = 0;
        int rejected = 0;
        int records = 0;
        long start = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> damaged(wellFormed(random), random);
                default -> random.nextInt(4) == 0 ? wellFormed(random) : damaged(wellFormed(random), random);
            };
            try {
                List<Tlv> objects = TlvParser.parseAll(input);
                assertThat(encode(objects)).as("input %d re-encoded", i).isEqualTo(input);
                accepted++;
            } catch (TlvFormatException e) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("input %d (%s) made parseAll throw %s", i, HexFormat.of().formatHex(input), e);
            }
            try {
                // The tag a record would have if it were one, so that records are accepted too.
                Tlv record = TlvParser.parseRecord(input, input.length == 0 ? 1 : input[0] & 0xFF);
                assertThat(record.encode()).as("input %d re-encoded as a record", i).isEqualTo(input);
                records++;
            } catch (TlvFormatException e) {
                // refused: the documented outcome
            } catch (RuntimeException | Error e) {
                fail("input %d (%s) made parseRecord throw %s", i, HexFormat.of().formatHex(input), e);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("TLV fuzz: %d inputs (seed %X) in %d ms; %d parsed as sequences (%d as one record), %d refused%n",
                INPUTS, SEED, millis, accepted, records, rejected);
        assertThat(accepted).as("inputs the parser accepted").isGreaterThan(INPUTS / 20);
        assertThat(records).as("inputs accepted as one record").isGreaterThan(INPUTS / 100);
        assertThat(rejected).as("inputs the parser refused").isGreaterThan(INPUTS / 5);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(0, 48)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One to four objects, now and then one long enough for the three-byte length. */
    private static byte[] wellFormed(Random random) {
        List<Tlv> objects = new ArrayList<>();
        for (int n = random.nextInt(1, 5); n > 0; n--) {
            byte[] value = new byte[random.nextInt(20) == 0 ? random.nextInt(255, 600) : random.nextInt(0, 32)];
            random.nextBytes(value);
            objects.add(new Tlv(random.nextInt(1, 0xFF), value));
        }
        return encode(objects);
    }

    private static byte[] damaged(byte[] input, Random random) {
        byte[] bytes = input.clone();
        switch (random.nextInt(5)) {
            case 0 -> bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                bytes[bytes.length - 1] = (byte) random.nextInt(256);
            }
            case 3 -> bytes[Math.min(1, bytes.length - 1)] = (byte) random.nextInt(256);
            default -> bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? 0x00 : 0xFF);
        }
        return bytes;
    }

    private static byte[] encode(List<Tlv> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        objects.forEach(tlv -> out.writeBytes(tlv.encode()));
        return out.toByteArray();
    }
}
