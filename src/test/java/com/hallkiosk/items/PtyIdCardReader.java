package com.hallkiosk.items;

import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.PtyModuleFixture;
import com.hallkiosk.device.idcard.SamIdCardReader;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** The real SAM ID card driver, open and enabled, on a socat pty to the emulated module: where a test places cards. */
final class PtyIdCardReader implements AutoCloseable {
    private final EmulatedIdCardModule module;
    private final SamIdCardReader reader;

    private PtyIdCardReader(EmulatedIdCardModule module, SamIdCardReader reader) {
        this.module = module;
        this.reader = reader;
    }

    static PtyIdCardReader start(Path directory) throws Exception {
        EmulatedIdCardModule module = PtyModuleFixture.start(Files.createDirectory(directory.resolve("pty")),
                IdCardReaderSettings.DEFAULT_BAUD);
        SamIdCardReader reader = new SamIdCardReader(IdCardReaderSettings.defaults(module.hostPort()), Clock.systemUTC());
        try {
            reader.open().get(5, TimeUnit.SECONDS);
            reader.enable().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            reader.close();
            module.close();
            throw e;
        }
        return new PtyIdCardReader(module, reader);
    }

    EmulatedIdCardModule module() {
        return module;
    }

    SamIdCardReader reader() {
        return reader;
    }

    @Override
    public void close() throws Exception {
        reader.close();
        module.close();
    }
}
