package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.DevicesConfigLoader;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.receipt.CharacterFallback;
import com.hallkiosk.device.receipt.EscPosReceiptPrinter;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.PrinterStatus;
import com.hallkiosk.device.receipt.SelfTestReceipt;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor receipt-test}: the printer's status, a test receipt (中文, ¥, rare characters, both
 * sizes, a QR code, cut), the status again, and what happened. A printer that cannot print (no paper,
 * offline, cover open) is sent nothing, and the exit code is 4.
 */
@Command(name = "receipt-test", mixinStandardHelpOptions = true,
        description = "Check the receipt printer's status, print a test receipt (中文, ¥, rare characters, a QR code,"
                + " both sizes, cut), check the status again, and say what happened.")
final class DoctorReceiptTestCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PATH",
            description = "The serial port (default: as kiosk-config says: receipt.port, or the emulator).")
    String port;

    @Option(names = "--baud", paramLabel = "N", description = "The baud rate (default: the configured or the model's).")
    Integer baud;

    @Option(names = "--model", paramLabel = "M",
            description = "The printer model, a profile in drivers/receipt/ (default: receipt.model).")
    String model;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorReceiptTestCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, IOException {
        DevicesConfig.ReceiptSetup setup = setup(configOptions.load().receipt());
        DoctorReport report = new DoctorReport()
                .add("model", "型号 Model", setup.model().profile().name() + " (" + setup.model().profile().model() + ")")
                .add("baud", "波特率 Baud", setup.baud());
        try (ConfiguredDevices devices = wiring.devices()) {
            EscPosReceiptPrinter printer = devices.receiptPrinter(setup);
            report.add("port", "端口 Port", devices.receiptEmulator().map(e -> e.hostPort() + " (emulator)")
                    .orElse(setup.port()));
            AtomicLong bytesOut = new AtomicLong();
            printer.onExchange(exchange -> bytesOut.addAndGet(exchange.bytesOut()));
            DeviceCalls.await(printer.open());
            PrinterStatus before = DeviceCalls.await(printer.status());
            report.add("statusBefore", "打印前状态 Status before", before.describe());
            if (!before.canPrint()) {
                report.add("printed", "已打印 Printed", false)
                        .add("job", "打印任务 Job", "未发送 not sent: the printer cannot print — "
                                + before.problems().get(0).fix() + ", then run this again");
                report.print(wiring.out(), json);
                return ExitCodes.DEVICE;
            }
            bytesOut.set(0);
            PrintOutcome outcome = DeviceCalls.await(printer.print(
                    SelfTestReceipt.of(setup.model().profile().model(), wiring.clock().instant(), wiring.clock().getZone())));
            long sent = bytesOut.get();
            PrinterStatus after = DeviceCalls.await(printer.status());
            report.add("printed", "已打印 Printed", outcome.printed())
                    .add("job", "打印任务 Job", sent + " bytes sent")
                    .add("problem", "问题 Problem", outcome.problem())
                    .add("fallbacks", "替代字符 Fallbacks", outcome.fallbacks().stream().map(CharacterFallback::describe)
                            .collect(Collectors.joining("; ")))
                    .add("statusAfter", "打印后状态 Status after", after.describe())
                    .add("health", "健康 Health", printer.health().state() + ": " + printer.health().reason());
            report.print(wiring.out(), json);
            return outcome.printed() && after.canPrint() ? ExitCodes.OK : ExitCodes.DEVICE;
        }
    }

    /** The configured printer, with the technician's --port, --baud and --model over it. */
    private DevicesConfig.ReceiptSetup setup(DevicesConfig.ReceiptSetup configured) {
        DevicesConfig.ReceiptModel chosen = configured.model();
        if (model != null) {
            try {
                chosen = new DevicesConfigLoader().receiptModel(configOptions.driversDirectory, model);
            } catch (InvalidConfigException e) {
                throw new UserError("--model " + model + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
            }
        }
        boolean sameModel = chosen.profile().model().equals(configured.model().profile().model());
        int rate = baud != null ? baud : sameModel ? configured.baud() : chosen.profile().baud();
        if (!chosen.profile().supportedBauds().contains(rate)) {
            throw new UserError("--baud " + rate + " is not a rate the " + chosen.profile().model() + " model supports "
                    + chosen.profile().supportedBauds(), ExitCodes.BAD_INPUT);
        }
        return configured.with(port != null ? DevicesConfig.Driver.REAL : configured.driver(), chosen,
                port != null ? port : configured.port(), rate);
    }
}
