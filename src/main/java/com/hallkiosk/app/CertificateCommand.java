package com.hallkiosk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code certificate}: the certificates a kiosk prints, as A4 PDF/A documents. */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = "Render certificates (个人参保证明, 权益记录单, 待遇领取证明, 单位参保证明) as A4 PDF/A-2b files.",
        subcommands = {CertificateSampleCommand.class})
final class CertificateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which certificate command to run");
    }
}
