package org.llamaffm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.llamaffm.ChatInputException;
import org.llamaffm.Generation;
import org.llamaffm.Model;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;
import org.llamaffm.policy.UntrustedTextException;
import org.llamaffm.policy.WorkerException;
import org.llamaffm.policy.worker.Worker;
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

    @Mixin
    IsolationOptions isolation;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration timeout = isolation.timeout(spec);
        String templateText = template == null ? null : Files.readString(template, StandardCharsets.UTF_8);
        if (isolation.inWorker()) {
            return inWorker(templateText, timeout, out, err);
        }
        try (Model m = modelOptions.load(err)) {
            Chat.Builder builder = Chat.builder(m)
                    .context(contextOptions.params(m))
                    .system(system)
                    .sampler(sampling::apply)
                    .maxTokens(maxTokens)
                    .specialText(guard.specialText);
            if (templateText != null) {
                builder.template(templateText);
            }
            if (timeout != null) {
                builder.timeout(timeout);
            }
            try (Chat chat = builder.build()) {
                AtomicReference<Runnable> answering = new AtomicReference<>();
                stopAnswersOnCtrlC(answering);
                return converse(
                        new Conversation() {
                            @Override
                            public StopReason answer(String line, Generation.PieceListener pieces) {
                                answering.set(chat::abort);
                                try {
                                    chat.send(line, pieces);
                                } finally {
                                    answering.set(null);
                                }
                                return chat.lastTurn().stopReason();
                            }

                            @Override
                            public void reset() {
                                chat.reset();
                            }
                        },
                        out,
                        err);
            }
        }
    }

    /**
     * The model in a worker process: the conversation is kept here (the system message first), and each line
     * sends the whole of it as one request; the worker renders, guards, generates and parses the answer as an
     * in-process chat does, and only the worker dies of what llama.cpp does to it.
     */
    private int inWorker(String templateText, Duration timeout, PrintWriter out, PrintWriter err) {
        List<ChatMessage> history = new ArrayList<>();
        if (system != null) {
            history.add(ChatMessage.system(system));
        }
        int kept = history.size();
        try (Worker worker = IsolationOptions.start(modelOptions, contextOptions.params(0), err)) {
            AtomicReference<Runnable> answering = new AtomicReference<>();
            stopAnswersOnCtrlC(answering);
            return converse(
                    new Conversation() {
                        @Override
                        public StopReason answer(String line, Generation.PieceListener pieces) {
                            history.add(ChatMessage.user(line));
                            Worker.ChatResult result;
                            answering.set(worker::cancel);
                            try {
                                result = worker.chat(
                                        List.copyOf(history),
                                        ChatOptions.defaults(),
                                        templateText,
                                        guard.specialText,
                                        maxTokens,
                                        sampling.params(),
                                        timeout,
                                        pieces::onPiece);
                            } catch (WorkerException e) {
                                history.removeLast(); // as a failed turn in process leaves the history as it was
                                throw IsolationOptions.asInProcess(e);
                            } finally {
                                answering.set(null);
                            }
                            history.add(result.response().toMessage());
                            return result.stopReason();
                        }

                        @Override
                        public void reset() {
                            history.subList(kept, history.size()).clear();
                        }
                    },
                    out,
                    err);
        }
    }

    /** One conversation, in process or in a worker. */
    private interface Conversation {
        /** Answers {@code line}, streaming the answer's text to {@code pieces}; why the answer ended. */
        StopReason answer(String line, Generation.PieceListener pieces);

        /** Forgets the conversation but the system message. */
        void reset();
    }

    /** Reads a message per line and prints each answer, until /exit or the end of the input; 0. */
    private int converse(Conversation conversation, PrintWriter out, PrintWriter err) {
        boolean interactive = System.console() != null && System.console().isTerminal();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.strip().equals("/exit")) {
                return 0;
            }
            if (line.strip().equals("/reset")) {
                conversation.reset();
                err.println("(conversation reset)");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            StopReason reason;
            try {
                reason = conversation.answer(line, piece -> {
                    out.print(piece);
                    out.flush();
                    return true;
                });
            } catch (ChatInputException | UntrustedTextException e) {
                err.println("(" + e.getMessage() + ")"); // the conversation goes on without the message
                continue;
            }
            out.println();
            if (reason == StopReason.ABORTED) {
                err.println("(stopped)");
            } else if (reason == StopReason.TIMEOUT) {
                err.println("(stopped at the deadline: " + isolation.deadline() + ")");
            }
        }
    }

    /** Ctrl-C stops the answer being generated; between answers it quits, as usual. */
    private static void stopAnswersOnCtrlC(AtomicReference<Runnable> answering) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                Runnable stop = answering.get();
                if (stop != null) {
                    stop.run();
                } else {
                    System.exit(130);
                }
            });
        } catch (IllegalArgumentException e) {
            // no SIGINT on this platform or it is taken: Ctrl-C keeps its default meaning
        }
    }
}
