package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.DevicesConfigLoader;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.receipt.EscPosEncoder;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.RowRasteriser;
import com.hallkiosk.device.receipt.SelfTestReceipt;
import com.hallkiosk.device.receipt.emulator.ReceiptBenchmark;
import com.hallkiosk.device.receipt.emulator.ReceiptPrinterEmulator;
import com.hallkiosk.guide.ChecklistReceipt;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench receipt}: how many bytes the kiosk's receipts take (every checklist of the curated
 * catalog, and the self-test receipt), and how long printing one takes through the driver against the
 * emulated printer paced at the baud rate, on a socat pty pair (when socat is installed) and on the
 * in-memory line.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Bytes per receipt (every checklist of the curated catalog, the self-test receipt) and time to"
                + " print through the ESC/POS driver against the emulated printer paced at the baud rate.")
final class BenchReceiptCommand implements Callable<Integer> {
    private static final String KIOSK_ID = "BENCH-01";

    @Option(names = "--prints", defaultValue = "20", paramLabel = "N", description = "Prints to time (default ${DEFAULT-VALUE}).")
    int prints;

    @Option(names = "--baud", defaultValue = "115200", paramLabel = "N", description = "The line's baud rate (default ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--model", defaultValue = "generic-80mm", paramLabel = "M",
            description = "The printer model, a profile in drivers/receipt/ (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--drivers", paramLabel = "DIR", defaultValue = "drivers",
            description = "The drivers folder (default: ${DEFAULT-VALUE}).")
    Path driversDirectory;

    private final Wiring wiring;
    private Font font;

    BenchReceiptCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InvalidCatalogException, IOException {
        if (prints < 1) {
            throw new UserError("--prints must be at least 1", ExitCodes.BAD_INPUT);
        }
        DevicesConfig.ReceiptModel printerModel = new DevicesConfigLoader().receiptModel(driversDirectory, model);
        Supplier<Font> kioskFont = this::font;
        EscPosEncoder encoder = new EscPosEncoder(printerModel.printer(), new RowRasteriser(kioskFont));
        List<Sized> checklists = new ArrayList<>();
        Instant at = wiring.clock().instant();
        for (Region region : wiring.curatedCatalog(null).regions()) {
            region.items().forEach(item -> {
                Receipt receipt = ChecklistReceipt.of(item, region.name(), KIOSK_ID, at, wiring.clock().getZone());
                checklists.add(new Sized(receipt, encoder.encode(receipt).length()));
            });
        }
        checklists.sort(Comparator.comparingInt(Sized::bytes));
        Sized median = checklists.get(checklists.size() / 2);
        Receipt selfTest = SelfTestReceipt.of(model, at, wiring.clock().getZone());
        wiring.out().printf("Receipt bytes (%s): %d checklists of the curated catalog, min %d, median %d, max %d;"
                        + " the self-test receipt %d%n", model, checklists.size(), checklists.get(0).bytes(), median.bytes(),
                checklists.get(checklists.size() - 1).bytes(), encoder.encode(selfTest).length());
        Optional<Path> socat = SocatPtyPair.findSocat();
        if (socat.isEmpty()) {
            wiring.out().println("(socat is not installed: the pty pair is skipped; apt-get install socat)");
        }
        Map<String, Receipt> timed = new LinkedHashMap<>();
        timed.put("median checklist", median.receipt());
        timed.put("self-test receipt", selfTest);
        for (Map.Entry<String, Receipt> entry : timed.entrySet()) {
            String name = entry.getKey();
            Receipt receipt = entry.getValue();
            if (socat.isPresent()) {
                Path directory = Files.createTempDirectory("hall-kiosk-bench-receipt");
                try {
                    time(ReceiptPrinterEmulator.onPty(socat.get(), directory, printerModel.printer(), baud, kioskFont),
                            "a socat pty pair", name, receipt);
                } finally {
                    ConfiguredDevices.deleteDirectory(directory);
                }
            }
            time(ReceiptPrinterEmulator.inMemory(printerModel.printer(), baud, kioskFont), "the in-memory line", name,
                    receipt);
        }
        return ExitCodes.OK;
    }

    private record Sized(Receipt receipt, int bytes) {
    }

    private void time(ReceiptPrinterEmulator emulator, String line, String name, Receipt receipt) {
        wiring.out().println(ReceiptBenchmark.run(emulator, line, baud, this::font, name, receipt,
                Math.max(2, prints / 10), prints).report());
    }

    private synchronized Font font() {
        if (font == null) {
            font = wiring.fonts().join().sized(GlyphCells.CELL_HEIGHT);
        }
        return font;
    }
}
