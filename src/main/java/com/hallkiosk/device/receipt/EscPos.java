package com.hallkiosk.device.receipt;

/** The control bytes ESC/POS commands start with, shared by the encoder and the emulator's parser. */
public final class EscPos {
    public static final int LF = 0x0A;
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    public static final int ESC = 0x1B;
    public static final int FS = 0x1C;
    public static final int GS = 0x1D;

    private EscPos() {
    }
}
