package org.llamaffm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.llamaffm.ChatInputException;
import org.llamaffm.Model;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/** {@code llama-ffm chat}: an interactive conversation in the model's chat template. */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        defaultValueProvider = ContextOptions.GenerationDefaults.class,
        description = {
            "Chats with a model in its own chat template: one message per line on stdin.",
            "/reset forgets the conversation, /exit (or end of input) quits; Ctrl-C stops the current answer.",
            "The context holds -c tokens, at most the model's trained length.",
            "Without --model it uses the built-in demo model (random weights)."
        })
final class ChatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--system", paramLabel = "TEXT", description = "a system message that starts the conversation")
    String system;

    @Option(
            names = "--chat-template",
            paramLabel = "FILE",
            description = "a Jinja chat template instead of the model's")
    Path template;

    @Option(
            names = {"-n", "--n-predict"},
            paramLabel = "N",
            defaultValue = "512",
            description = "tokens per answer at most (default: ${DEFAULT-VALUE})")
    int maxTokens;

    @Mixin
    ChatGuardOptions guard;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ContextOptions contextOptions;

    @Mixin
    SamplingOptions sampling;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean interactive = System.console() != null && System.console().isTerminal();
        try (Model m = modelOptions.load(err)) {
            Chat.Builder builder = Chat.builder(m)
                    .context(contextOptions.params(m))
                    .system(system)
                    .sampler(sampling::apply)
                    .maxTokens(maxTokens)
                    .specialText(guard.specialText);
            if (template != null) {
                builder.template(Files.readString(template, StandardCharsets.UTF_8));
            }
            try (Chat chat = builder.build()) {
                AtomicReference<Chat> answering = new AtomicReference<>();
                stopAnswersOnCtrlC(answering);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (true) {
                    if (interactive) {
                        out.print("> ");
                        out.flush();
                    }
                    String line = in.readLine();
                    if (line == null || line.strip().equals("/exit")) {
                        return 0;
                    }
                    if (line.strip().equals("/reset")) {
                        chat.reset();
                        err.println("(conversation reset)");
                        continue;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    answering.set(chat);
                    try {
                        chat.send(line, piece -> {
                            out.print(piece);
                            out.flush();
                            return true;
                        });
                    } catch (ChatInputException e) {
                        err.println("(" + e.getMessage() + ")"); // the conversation goes on without the message
                        continue;
                    } finally {
                        answering.set(null);
                    }
                    out.println();
                    if (chat.lastTurn().stopReason() == StopReason.ABORTED) {
                        err.println("(stopped)");
                    }
                }
            }
        }
    }

    /** Ctrl-C stops the answer being generated; between answers it quits, as usual. */
    private static void stopAnswersOnCtrlC(AtomicReference<Chat> answering) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                Chat chat = answering.get();
                if (chat != null) {
                    chat.abort();
                } else {
                    System.exit(130);
                }
            });
        } catch (IllegalArgumentException e) {
            // no SIGINT on this platform or it is taken: Ctrl-C keeps its default meaning
        }
    }
}
