package org.llamaffm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        })
public final class Main implements Runnable {

    /**
     * The subcommands, by name, in the order of the usage message. Not in {@code @Command(subcommands)}: picocli
     * builds the model of every subcommand it is given by reflection over its annotations, so a command line
     * whose first word names one gets only that one (see {@link #commandLine}).
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static { // each under its @Command name; a name that did not match would only cost the speed-up
        SUBCOMMANDS.put("run", RunCommand.class);
        SUBCOMMANDS.put("chat", ChatCommand.class);
        SUBCOMMANDS.put("embed", EmbedCommand.class);
        SUBCOMMANDS.put("bench", BenchCommand.class);
        SUBCOMMANDS.put("inspect", InspectCommand.class);
        SUBCOMMANDS.put("synthetic", SyntheticCommand.class);
        SUBCOMMANDS.put("serve", ServeCommand.class);
        SUBCOMMANDS.put("system", SystemCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

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
        PrintWriter err = new PrintWriter(System.err, true);
        noteIgnoredAotCache(err);
        String usage = topLevelHelp(args) ? TopLevelUsage.stored() : null;
        if (usage != null) { // rendered by picocli at build time (see TopLevelUsage)
            System.out.print(usage);
            System.out.flush();
            System.exit(0);
        }
        System.exit(execute(args, new PrintWriter(System.out, true), err));
    }

    /** {@code llama-ffm} alone, or with only {@code -h} or {@code --help}: the usage message. */
    static boolean topLevelHelp(String[] args) {
        return args.length == 0 || (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help")));
    }

    /**
     * One line when the launcher passed an AOT cache ({@code -Dllamaffm.aot.cache}) that the JVM did not map:
     * it was made by another JVM build or for other jars. The launcher silences the JVM's own lines about it
     * (several, on stdout) with {@code -Xlog:aot*=off}; without a mapped cache, the JVM runs without any
     * class-data sharing, so the start is slower but correct.
     */
    static void noteIgnoredAotCache(PrintWriter err) {
        String cache = System.getProperty("llamaffm.aot.cache");
        if (cache != null && !System.getProperty("java.vm.info", "").contains("sharing")) {
            err.println("llama-ffm: note: the AOT cache " + cache
                    + " does not match this JVM or these jars and was not used (a slower start);"
                    + " `mvn install` makes it again");
        }
    }

    /** Runs the command line; every error becomes one line on {@code err} and a non-zero exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args);
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

    /**
     * The command line for {@code args}: with only the subcommand that {@code args[0]} names, else (no
     * subcommand, an option first, {@code help}, a typo) with all of them, as the usage message and picocli's
     * "did you mean" need. That spares a run the reflection over the other subcommands' options (their
     * classes still load: picocli's own are the same ~180 either way); on the shared 2-core machine the gain
     * was within its noise for {@code run}, and clear for {@code --help}.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        if (topLevelHelp(args)) {
            // The usage message lists each subcommand by name and header (else first description line): a spec
            // with just those, read from its @Command, prints the same list without building the rest.
            for (var entry : SUBCOMMANDS.entrySet()) {
                Command command = entry.getValue().getAnnotation(Command.class);
                CommandLine.Model.CommandSpec listed = CommandLine.Model.CommandSpec.create();
                listed.usageMessage().header(command.header()).description(command.description());
                commandLine.addSubcommand(entry.getKey(), listed);
            }
            return commandLine;
        }
        Class<?> named = !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        for (Class<?> subcommand : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS.values()) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine;
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
