package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.store.CatalogStoreException;
import com.hallkiosk.certificate.template.InvalidTemplateException;
import com.hallkiosk.config.InvalidConfigException;
import java.awt.GraphicsEnvironment;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar hall-kiosk.jar}: the one entry point, with a sub-command per runtime piece and tool. */
@Command(name = "hall-kiosk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Hall Kiosk (人社自助终端): self-service terminal software for human-resources and"
                + " social-security service halls.",
        subcommands = {DemoCommand.class, CatalogCommand.class, DoctorCommand.class, CertificateCommand.class,
            ScreenshotsCommand.class, BenchCommand.class, CentralCommand.class})
public final class HallKiosk implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemDefaultZone()));
    }

    /** Runs one command line and returns its exit code; the streams are the command's only output. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                err.println("hall-kiosk: the command line holds characters that this terminal's locale ("
                        + System.getProperty("sun.jnu.encoding") + ") could not pass to Java; run it in a UTF-8"
                        + " locale, e.g. LANG=C.UTF-8");
                return ExitCodes.BAD_INPUT;
            }
        }
        Wiring wiring = new Wiring(out, err, clock);
        if (opensTheKioskWindow(args)) {
            wiring.showLaunchScreen(List.of(args).contains("--windowed"));
            wiring.theme();
            // The picture first: on two cores the command line and the catalog would take the CPU it needs.
            wiring.awaitLaunchScreen();
        }
        CommandLine commandLine = commandLine(args, wiring);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + messageOf(exception));
            line.getErr().flush();
            return exitCodeOf(exception);
        });
        String[] commandArgs = commandLine.getCommandName().equals("hall-kiosk demo")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        return commandLine.execute(commandArgs);
    }

    /**
     * The command tree; for {@code demo}, only the demo's command, because building every command by
     * reflection costs the kiosk's start ~0.1 s.
     */
    private static CommandLine commandLine(String[] args, Wiring wiring) {
        if (args.length > 0 && args[0].equals("demo")) {
            CommandLine demo = new CommandLine(DemoCommand.class, new WiringFactory(wiring));
            demo.setCommandName("hall-kiosk demo");
            return demo;
        }
        CommandLine commandLine = new CommandLine(new HallKiosk(), new WiringFactory(wiring));
        NotBuiltYetCommand.addAll(commandLine);
        return commandLine;
    }

    /**
     * Whether this command line opens the kiosk window, told before picocli reads it (~0.1 s), so that
     * the font and the theme can start loading at once; a wrong guess only loads them for nothing.
     */
    private static boolean opensTheKioskWindow(String[] args) {
        List<String> words = List.of(args);
        return !words.isEmpty() && words.get(0).equals("demo") && !GraphicsEnvironment.isHeadless()
                && words.stream().noneMatch(word -> word.equals("--no-window") || word.equals("cards") || word.equals("--help")
                        || word.equals("-h") || word.equals("--version") || word.equals("-V"));
    }

    private static String messageOf(Exception exception) {
        return exception.getMessage() == null ? exception.toString() : exception.getMessage();
    }

    private static int exitCodeOf(Exception exception) {
        if (exception instanceof UserError userError) {
            return userError.exitCode();
        }
        if (exception instanceof InvalidCatalogException || exception instanceof InvalidConfigException
                || exception instanceof CatalogStoreException || exception instanceof java.io.IOException
                || exception instanceof java.io.UncheckedIOException || exception instanceof InvalidTemplateException) {
            return ExitCodes.BAD_DATA;
        }
        throw new IllegalStateException("unexpected failure", exception);
    }

    /** Gives every command that wants it the composition root, through its constructor. */
    private record WiringFactory(Wiring wiring) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Wiring.class);
                return constructor.newInstance(wiring);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
