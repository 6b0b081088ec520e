package com.hallkiosk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code doctor}: the technician's checks of the kiosk's devices. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the kiosk's devices: list ports and readers, probe, read a card, print a test receipt"
                + " and an A4 test page, show health.",
        subcommands = {DoctorPortsCommand.class, DoctorReadersCommand.class, DoctorProbeCommand.class,
            DoctorIdCardCommand.class, DoctorSscardCommand.class, DoctorReceiptTestCommand.class,
            DoctorA4TestCommand.class, DoctorHealthCommand.class})
final class DoctorCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which check to run");
    }
}
