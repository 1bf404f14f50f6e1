package org.llamaffm.samples.desktopchat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.llamaffm.ContextParams;
import org.llamaffm.LoadProgressListener;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.StopReason;
import org.llamaffm.chat.Chat;
import org.llamaffm.chat.ChatMessage;
import org.llamaffm.chat.ChatOptions;

/**
 * The model side of the app, free of JavaFX: one loaded model and its conversation, rendered with
 * the model's own chat template. Everything but {@link #stop()} runs on one thread, the app's model
 * thread, never on the FX thread.
 */
final class ChatEngine implements AutoCloseable {

    /**
     * One answer.
     *
     * @param text       the answer's text
     * @param tokens     the tokens generated
     * @param stopReason why it ended ({@link StopReason#ABORTED} or {@link StopReason#LISTENER} for Stop)
     * @param generating from the first token to the last
     */
    record Answer(String text, int tokens, StopReason stopReason, Duration generating) {

        /** Tokens per second while generating (0 before a second token). */
        double tokensPerSecond() {
            long nanos = generating.toNanos();
            return tokens < 2 || nanos == 0 ? 0 : (tokens - 1) / (nanos / 1e9);
        }

        boolean stopped() {
            return stopReason == StopReason.ABORTED || stopReason == StopReason.LISTENER;
        }
    }

    private final Model model;
    private final Chat chat;
    private final int contextSize;
    private final int threads;
    private volatile boolean stopRequested;
    /** Read by the sampler chain at the start of each answer: the settings' temperature at send time. */
    private double temperature;

    private ChatEngine(Model model, Settings settings) {
        this.model = model;
        this.contextSize = settings.contextFor(model.trainedContextLength());
        this.threads = settings.threads();
        this.temperature = settings.temperature();
        ContextParams context = ContextParams.builder()
                .contextSize(contextSize)
                .threads(threads)
                .build();
        this.chat = Chat.builder(model)
                .context(context)
                .sampler(b -> temperature == 0
                        ? b.greedy()
                        : b.topK(40)
                                .topP(0.95f)
                                .minP(0.05f)
                                .temperature((float) temperature)
                                .dist(0xFFFF_FFFFL))
                // an answer may fill the context: the user has a Stop button, so neither a token cap nor a deadline
                .maxTokens(contextSize)
                .timeout(null)
                // the user's own text: what spells a control token is kept as plain text, never the token
                .specialText(Chat.SpecialText.NEUTRALIZE)
                .build();
    }

    /**
     * Loads {@code file} and creates its chat.
     *
     * @param progress llama.cpp's load progress, 0 to 1; returns false to cancel the load
     * @throws org.llamaffm.ModelLoadException with reason CANCELLED when {@code progress} cancelled it, or why the
     *                                         file cannot be loaded
     */
    static ChatEngine load(Path file, Settings settings, LoadProgressListener progress) {
        Model model = Model.load(file, ModelParams.builder().progress(progress).build());
        try {
            return new ChatEngine(model, settings);
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    /**
     * Sends a user message and generates the answer, streaming its text to {@code pieces}, until the
     * model ends it, the context is full, or {@link #stop()}.
     */
    Answer send(String text, double temperature, Consumer<String> pieces) {
        this.temperature = temperature;
        long[] first = {0};
        int[] count = {0};
        var response = chat.send(text, piece -> {
            if (count[0]++ == 0) {
                first[0] = System.nanoTime();
            }
            pieces.accept(piece);
            return !stopRequested; // a Stop pressed before the generation started, which clears the abort flag
        });
        Duration generating = count[0] == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - first[0]);
        Chat.Turn turn = chat.lastTurn();
        return new Answer(response.content(), turn.generatedTokens(), turn.stopReason(), generating);
    }

    /** Arms the stop for the next (or current) answer; called on the FX thread as a message is sent. */
    void armStop() {
        stopRequested = false;
    }

    /** Stops the answer being generated; any thread. */
    void stop() {
        stopRequested = true;
        chat.abort();
    }

    /** The conversation as the model sees it: the history rendered with the model's chat template. */
    String renderedHistory() {
        List<ChatMessage> history = chat.history();
        if (history.isEmpty()) {
            return "";
        }
        return chat.template()
                .render(
                        history,
                        ChatOptions.builder().addGenerationPrompt(false).build())
                .text();
    }

    Path file() {
        return model.file();
    }

    /** E.g. "llama, 20.9M parameters". */
    String description() {
        double n = model.parameterCount();
        String parameters =
                n >= 1e9 ? String.format(Locale.ROOT, "%.1fB", n / 1e9) : String.format(Locale.ROOT, "%.1fM", n / 1e6);
        return model.metadata("general.architecture").orElse("unknown architecture") + ", " + parameters
                + " parameters";
    }

    int contextSize() {
        return contextSize;
    }

    int threads() {
        return threads;
    }

    @Override
    public void close() {
        chat.close();
        model.close();
    }
}
