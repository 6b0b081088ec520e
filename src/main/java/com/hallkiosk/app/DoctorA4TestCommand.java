package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.document.A4TestPage;
import com.hallkiosk.device.document.DocumentPrintOutcome;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.document.DocumentPrinterSettings;
import com.hallkiosk.device.document.PrintablePdf;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor a4-test}: prints the A4 test page the way the kiosk prints a certificate, and says what
 * CUPS did with the job. "Printed" is CUPS's word that the job completed; the paper is the technician's
 * to look at (the ruler must measure 100 mm, the frame must show on all four sides).
 */
@Command(name = "a4-test", mixinStandardHelpOptions = true,
        description = "Print a one-page A4 test page (Chinese text, a 100 mm ruler, a frame 10 mm inside the edges)"
                + " on the A4 printer's queue and say what happened to the job.")
final class DoctorA4TestCommand implements Callable<Integer> {
    @Option(names = "--queue", paramLabel = "NAME",
            description = "The CUPS queue, as `lpstat -p` names it (default: document.queue of kiosk-config;"
                    + " empty there: CUPS's default queue).")
    String queue;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorA4TestCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, IOException {
        DevicesConfig.DocumentPrinterSetup setup = configOptions.load().documentPrinter();
        try (ConfiguredDevices devices = wiring.devices()) {
            DocumentPrinter printer = queue != null
                    ? devices.documentPrinter(DocumentPrinterSettings.defaults(queue))
                    : devices.documentPrinter(setup);
            String named = queue != null ? queue : setup.queue();
            DeviceCalls.await(printer.open());
            DeviceHealth before = printer.health();
            DeviceCalls.await(printer.enable());
            PrintablePdf page = A4TestPage.build(named, ZonedDateTime.now(wiring.clock()));
            long started = System.nanoTime();
            DocumentPrintOutcome outcome = DeviceCalls.await(printer.print(page));
            long millis = (System.nanoTime() - started) / 1_000_000;
            report(named, before, outcome, millis).print(wiring.out(), json);
            return outcome.printed() ? ExitCodes.OK : ExitCodes.DEVICE;
        }
    }

    private DoctorReport report(String named, DeviceHealth before, DocumentPrintOutcome outcome, long millis) {
        DoctorReport report = new DoctorReport()
                .add("queue", "队列 Queue", named.isEmpty() ? "(CUPS default)" : named)
                .add("health", "打印前状态 Health before", before.state() + ": " + before.reason())
                .add("printed", "已打印 Printed", outcome.printed())
                .add("jobId", "作业号 CUPS job", outcome.jobId() == 0 ? null : outcome.jobId())
                .add("pages", "页数 Pages", outcome.pages())
                .add("millis", "用时 Time (ms)", millis);
        if (outcome.printed()) {
            return report.add("look", "请看纸张 Look at the paper",
                    "the ruler must measure 100 mm and the frame show on all four sides");
        }
        return report.add("problem", "原因 Problem", outcome.problem())
                .add("check", "请检查 Check", outcome.whatToCheck())
                .add("reprint", "可重新打印 Reprint offered", outcome.reprintOffered());
    }
}
