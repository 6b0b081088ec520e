package com.hallkiosk.device.idcard.emulator;

import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardText;
import com.hallkiosk.device.idcard.ReadAnswer;
import com.hallkiosk.device.idcard.SamCommand;
import com.hallkiosk.device.idcard.SamIds;
import com.hallkiosk.device.idcard.SamRequest;
import com.hallkiosk.device.idcard.SamResponse;
import com.hallkiosk.device.idcard.SamStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What a GA/T 467 module answers, byte for byte (protocols §1.4–1.8, §1.12), without any I/O: a card
 * can be placed and removed, and faults injected for the next answers. Like a real module it refuses
 * to find a card again after reading it until the card has been removed, and it expects find, select,
 * read in that order. A read repeated right after a read answers again (the card is still selected),
 * so that a host's retry after a garbled answer works; real modules may differ (UNVERIFIED).
 */
public final class SamModuleEmulator {
    /** Faults for the next answers; the unplugged module is {@link EmulatedIdCardModule#unplug()}. */
    public enum Fault {
        /** Find answers "no card" (SW3 80) although a card is there. */
        NO_CARD,
        /** The answer's checksum byte is wrong. */
        BAD_CHECKSUM,
        /** Only the first half of the answer is sent. */
        TRUNCATED_FRAME,
        /** Noise (with a false start of a preamble) comes before the answer. */
        GARBAGE_BEFORE_FRAME,
        /** No answer at all. */
        SILENCE
    }

    private enum Stage { IDLE, FOUND, SELECTED }

    private static final int FIND_DATA = 4;
    private static final int SELECT_DATA = 8;
    private static final int MAX_GARBAGE = 32;
    private static final byte PREAMBLE_END = 0x69;

    private final IdCardText text = new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER);
    private final byte[] samId;
    private final Random random;
    private final Map<Fault, Integer> pending = new EnumMap<>(Fault.class);
    private Optional<IdCard> card = Optional.empty();
    private boolean readSincePlaced;
    private Stage stage = Stage.IDLE;

    /**
     * @param samId the SAM's number as {@link com.hallkiosk.device.idcard.IdCardReader#samId()} shows it
     * @param seed  for the noise of {@link Fault#GARBAGE_BEFORE_FRAME}, so that a run can be repeated
     */
    public SamModuleEmulator(String samId, long seed) {
        this.samId = SamIds.data(samId);
        this.random = new Random(seed);
    }

    /** Puts a card on the reader (replacing any there), as a new arrival: it can be found again. */
    public synchronized void place(IdCard placed) {
        card = Optional.of(placed);
        readSincePlaced = false;
        stage = Stage.IDLE;
    }

    public synchronized void remove() {
        card = Optional.empty();
        stage = Stage.IDLE;
    }

    /** Makes the next {@code answers} answers (for NO_CARD: finds) suffer {@code fault}. */
    public synchronized void inject(Fault fault, int answers) {
        pending.merge(fault, answers, Integer::sum);
    }

    public synchronized void clearFaults() {
        pending.clear();
    }

    /** The bytes the module sends back for a request frame; none when it stays silent. */
    public synchronized byte[] answer(byte[] requestFrame) {
        byte[] frame = respond(SamRequest.parse(requestFrame)).frame();
        if (take(Fault.SILENCE)) {
            return new byte[0];
        }
        if (take(Fault.BAD_CHECKSUM)) {
            frame[frame.length - 1] ^= 0x5A;
        }
        if (take(Fault.TRUNCATED_FRAME)) {
            frame = Arrays.copyOf(frame, frame.length / 2);
        }
        if (take(Fault.GARBAGE_BEFORE_FRAME)) {
            frame = withNoiseBefore(frame);
        }
        return frame;
    }

    /** The answer to a request that arrived with a bad checksum or length (SW3 10). */
    public byte[] garbledRequest() {
        return status(SamStatus.CHECKSUM_ERROR).frame();
    }

    private SamResponse respond(SamRequest request) {
        Optional<SamCommand> command = SamCommand.of(request.command(), request.parameter());
        if (command.isEmpty()) {
            return status(SamStatus.BAD_COMMAND);
        }
        return switch (command.get()) {
            case SAM_STATUS -> status(SamStatus.SUCCESS);
            case SAM_ID -> new SamResponse(0, 0, SamStatus.SUCCESS.code(), samId);
            case FIND_CARD -> find();
            case SELECT_CARD -> select();
            case READ -> read(false);
            case READ_WITH_FINGERPRINT -> read(true);
        };
    }

    private SamResponse find() {
        boolean refused = take(Fault.NO_CARD);
        if (refused || card.isEmpty() || readSincePlaced) {
            stage = Stage.IDLE;
            return status(SamStatus.FIND_FAILED);
        }
        stage = Stage.FOUND;
        return new SamResponse(0, 0, SamStatus.CARD_FOUND.code(), new byte[FIND_DATA]);
    }

    private SamResponse select() {
        if (stage == Stage.IDLE || card.isEmpty()) {
            return status(SamStatus.SELECT_FAILED);
        }
        stage = Stage.SELECTED;
        return new SamResponse(0, 0, SamStatus.SUCCESS.code(), new byte[SELECT_DATA]);
    }

    private SamResponse read(boolean withFingerprint) {
        if (stage != Stage.SELECTED || card.isEmpty()) {
            return status(SamStatus.READ_FAILED);
        }
        IdCard held = card.get();
        readSincePlaced = true;
        ReadAnswer parts = new ReadAnswer(text.encode(held), held.photoWlt(),
                withFingerprint ? held.fingerprint() : Optional.empty());
        return new SamResponse(0, 0, SamStatus.SUCCESS.code(), parts.data(withFingerprint));
    }

    private static SamResponse status(SamStatus status) {
        return new SamResponse(0, 0, status.code(), new byte[0]);
    }

    private boolean take(Fault fault) {
        Integer left = pending.get(fault);
        if (left == null) {
            return false;
        }
        if (left <= 1) {
            pending.remove(fault);
        } else {
            pending.put(fault, left - 1);
        }
        return true;
    }

    /**
     * Random noise without the byte 69, so that it can hold no whole preamble, ending in a false start
     * (AA AA AA 96) that a reader must not be fooled by.
     */
    private byte[] withNoiseBefore(byte[] frame) {
        byte[] falseStart = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96};
        byte[] noise = new byte[1 + random.nextInt(MAX_GARBAGE)];
        random.nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == PREAMBLE_END) {
                noise[i] = 0;
            }
        }
        byte[] out = new byte[noise.length + falseStart.length + frame.length];
        System.arraycopy(noise, 0, out, 0, noise.length);
        System.arraycopy(falseStart, 0, out, noise.length, falseStart.length);
        System.arraycopy(frame, 0, out, noise.length + falseStart.length, frame.length);
        return out;
    }
}
