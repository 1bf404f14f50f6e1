package org.llamaffm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.llamaffm.policy.WorkerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code llama-ffm}: try a model from the shell ({@code run}, {@code chat}, {@code embed}), benchmark it
 * ({@code bench}), inspect a GGUF file ({@code inspect}), write a random-weight model ({@code synthetic}),
 * show the native build and devices ({@code system}).
 */
@Command(
        name = "llama-ffm",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Local LLMs on llama.cpp from Java: generate text, chat, embed, benchmark, inspect GGUF files,",
            "write random-weight models, show the native build and devices."
        },
        subcommands = {
            RunCommand.class,
            ChatCommand.class,
            EmbedCommand.class,
            BenchCommand.class,
            InspectCommand.class,
            SyntheticCommand.class,
            SystemCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = {"-v", "--verbose"},
            description = "with --version: also the native build and devices, as the system command prints them")
    boolean verbose;

    /** The exit code when the model's worker process died during the command. */
    static final int EXIT_WORKER_DIED = 3;

    /** The exit code when the request reached its --timeout. */
    static final int EXIT_DEADLINE = 4;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; every error becomes one line on {@code err} and a non-zero exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println(e.getCommandLine().getCommandName() + ": " + e.getMessage() + " (see --help)");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(cmd.getCommandName() + ": " + firstLine(e));
            return e instanceof WorkerException w ? exitCode(w) : 1;
        });
        return commandLine.execute(args);
    }

    /** A worker that died (or could not start): 3; one killed at its deadline: 4; an engine error in it: 1. */
    private static int exitCode(WorkerException e) {
        return switch (e.reason()) {
            case TIMED_OUT -> EXIT_DEADLINE;
            case DIED, PROTOCOL -> EXIT_WORKER_DIED;
            case START_FAILED -> e.remoteType().isEmpty() ? EXIT_WORKER_DIED : 1;
            case REQUEST_FAILED -> 1;
        };
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version of llama-ffm and of the llama.cpp it runs; with --verbose, the system report after it. */
    static final class Version implements CommandLine.IVersionProvider {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public String[] getVersion() {
            var build = org.llamaffm.LlamaRuntime.get().nativeBuild();
            String version = "llama-ffm " + build.shimVersion() + ", llama.cpp " + build.llamaCppCommit();
            if (!(spec.userObject() instanceof Main main && main.verbose)) {
                return new String[] {version};
            }
            StringWriter report = new StringWriter();
            SystemCommand.print(new PrintWriter(report));
            return Stream.concat(Stream.of(version), report.toString().lines()).toArray(String[]::new);
        }
    }
}
