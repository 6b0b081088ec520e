package com.hallkiosk.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A planned sub-command that does not exist yet. It says so and exits with {@link ExitCodes#NOT_BUILT};
 * it never pretends to work.
 */
@Command(mixinStandardHelpOptions = true)
final class NotBuiltYetCommand implements Callable<Integer> {
    private record Planned(String name, String what, String issue) {
    }

    private static final List<Planned> PLANNED = List.of(
            new Planned("kiosk", "the kiosk window on a terminal", "the kiosk shell"));

    @CommandLine.Unmatched
    List<String> ignored;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Planned planned;

    private NotBuiltYetCommand(Planned planned) {
        this.planned = planned;
    }

    static void addAll(CommandLine root) {
        for (Planned planned : PLANNED) {
            CommandLine command = new CommandLine(new NotBuiltYetCommand(planned));
            command.getCommandSpec().usageMessage()
                    .description("Not built yet: " + planned.what() + " (comes with " + planned.issue() + ").");
            root.addSubcommand(planned.name(), command);
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("hall-kiosk " + planned.name() + ": " + planned.what()
                + " is not built yet; it comes with " + planned.issue() + ". Nothing was done.");
        return ExitCodes.NOT_BUILT;
    }
}
