package org.llamaffm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.llamaffm.ContextParams;
import org.llamaffm.chat.Chat;
import org.llamaffm.policy.Isolation;
import org.llamaffm.policy.UntrustedTextException;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.Worker;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Where the model runs and each request's deadline, for the commands that run one ({@code run}, {@code chat},
 * {@code embed}): {@code --isolation in-process|worker} and {@code --timeout SECONDS}. In a worker, an abort, a
 * segfault or a hang of llama.cpp ends only that process: the command prints one line and exits with
 * {@link Main#EXIT_WORKER_DIED} (see {@link Main#execute}).
 */
final class IsolationOptions {

    @Option(
            names = "--isolation",
            paramLabel = "MODE",
            defaultValue = "in-process",
            converter = Converter.class,
            description = {
                "in-process (default), or worker: the model runs in a process of its own, so that an abort, a",
                "segfault or a hang in llama.cpp ends only that process (exit code 3; 4 past --timeout)"
            })
    Isolation isolation;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = {
                "each request's deadline (run: the generation; chat: each answer; embed: each batch of inputs),",
                "rendering included: run and embed stop there (exit code 4), a chat says so and goes on; a worker",
                "that does not stop is killed (exit code 4)"
            })
    Double timeoutSeconds;

    /** The deadline as a note names it: {@code --timeout 0.5 s}, or a chat's default where none was given. */
    String deadline() {
        return timeoutSeconds != null
                ? "--timeout " + timeoutSeconds + " s"
                : "the chat's default, " + Chat.DEFAULT_TIMEOUT.toMinutes() + " minutes";
    }

    /** Whether the model runs in a worker process. */
    boolean inWorker() {
        return isolation == Isolation.WORKER;
    }

    /**
     * The deadline of each request; null without {@code --timeout}.
     *
     * @throws ParameterException when it is not in (0, 1000000] seconds
     */
    Duration timeout(CommandSpec spec) {
        if (timeoutSeconds == null) {
            return null;
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e6) {
            throw new ParameterException(
                    spec.commandLine(), "--timeout must be in (0, 1000000] seconds, was " + timeoutSeconds);
        }
        return Duration.ofNanos((long) (timeoutSeconds * 1e9));
    }

    /**
     * Starts a worker on the model of {@code model} (the demo model, with its notice on {@code err}, when none was
     * given), with {@code context} (a size of 0: the worker takes the model's trained length).
     */
    static Worker start(ModelOptions model, ContextParams context, PrintWriter err) {
        return Worker.start(Worker.Spec.of(model.file(err))
                .withGpuLayers(model.gpuLayers.value)
                .withContext(context));
    }

    /**
     * What a worker's failed request becomes in the command: the refusal of a message, grammar or schema as the
     * host's own exception (the message the in-process path prints), anything else as it is.
     */
    static RuntimeException asInProcess(WorkerException e) {
        UntrustedTextException refused = e.untrustedText();
        return refused != null ? refused : e;
    }

    /** {@code in-process} or {@code worker}, as the command line spells them. */
    static final class Converter implements ITypeConverter<Isolation> {
        @Override
        public Isolation convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "in-process", "in_process" -> Isolation.IN_PROCESS;
                case "worker" -> Isolation.WORKER;
                default -> throw new TypeConversionException("'" + value + "' is not in-process or worker");
            };
        }
    }
}
