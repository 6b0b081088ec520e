package com.hallkiosk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: the benchmarks behind the figures in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark; figures go to docs/benchmarks.md.",
        subcommands = {BenchSearchCommand.class, BenchStartupCommand.class, BenchIdCardCommand.class,
            BenchSscardCommand.class, BenchReceiptCommand.class, BenchCertificateCommand.class,
            BenchSyncPollsCommand.class, BenchSyncApplyCommand.class,
            BenchJournalUploadCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which benchmark to run");
    }
}
