package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Text generation: prompt -> tokens -> decode -> sample -> text, on sequence 0 of a context
 * (whose memory it clears first). Pull it as an {@link Iterator} or {@link #stream()} of text
 * pieces, or push it to a {@link PieceListener} with {@link #run}. Pieces never split a UTF-8
 * character, and never contain (part of) a stop string.
 *
 * <pre>{@code
 * try (Generation generation = Generation.start(context, sampler, "Once upon a time", GenerationParams.defaults())) {
 *     generation.stream().forEach(System.out::print);
 *     System.out.println("\n(" + generation.stopReason().orElseThrow() + ")");
 * }
 * }</pre>
 *
 * <p>The loop reuses its batch and buffers: per token it allocates only the text it returns.
 */
public final class Generation implements Iterator<String>, AutoCloseable {

    /** Receives the text as it is generated; returns false to stop. */
    @FunctionalInterface
    public interface PieceListener {
        boolean onPiece(String piece);
    }

    /**
     * A finished generation.
     *
     * @param text         everything generated (stop string excluded)
     * @param tokens       the generated token ids (the end-of-generation token excluded)
     * @param promptTokens how many tokens the prompt had
     * @param stopReason   why it ended
     */
    public record Result(String text, int[] tokens, int promptTokens, StopReason stopReason) {}

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "llama-ffm-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final Context context;
    private final Sampler sampler;
    private final Vocab vocab;
    private final GenerationParams params;
    private final Arena arena = Arena.ofShared();
    private final Batch batch;
    private MemorySegment pieceBuffer;
    private final int promptTokens;
    private final int cachedTokens;
    private final long deadlineNanos;
    private final ScheduledFuture<?> deadline;
    private final ArrayDeque<String> ready = new ArrayDeque<>();
    private final Utf8Accumulator utf8 = new Utf8Accumulator();
    private final StopStringFilter stops;
    private final StringBuilder text = new StringBuilder();
    private int[] tokens = new int[64];
    private int generated;
    private int position;
    private StopReason stopReason;

    private Generation(Context context, Sampler sampler, String prompt, GenerationParams params) {
        this(
                context,
                sampler,
                context.model().vocab().tokenize(prompt, params.addSpecial(), params.parseSpecial()),
                0,
                params);
    }

    private Generation(Context context, Sampler sampler, int[] promptIds, int cached, GenerationParams params) {
        this.context = context;
        this.sampler = sampler;
        this.vocab = context.model().vocab();
        this.params = params;
        this.stops = new StopStringFilter(params.stopStrings());
        for (int token : promptIds) {
            vocab.checkToken(token);
        }
        if (promptIds.length == 0) {
            throw new IllegalArgumentException("the prompt has no tokens");
        }
        if (promptIds.length >= context.contextSize()) {
            throw new IllegalArgumentException("the prompt has " + promptIds.length + " tokens; the context holds "
                    + context.contextSize() + " (and needs room to generate)");
        }
        if (cached < 0 || cached >= promptIds.length) {
            throw new IllegalArgumentException("cachedTokens must be in [0, " + (promptIds.length - 1) + "] (at least "
                    + "the last prompt token is decoded), was " + cached);
        }
        this.promptTokens = promptIds.length;
        this.deadlineNanos = params.timeout() == null
                ? Long.MAX_VALUE
                : System.nanoTime() + params.timeout().toNanos();
        context.clearAbort();
        if (cached > 0 && !context.memory().remove(0, cached, -1)) {
            cached = 0; // a memory that cannot drop a tail (recurrent models): decode everything again
        }
        if (cached == 0) {
            context.memory().clear();
        }
        this.cachedTokens = cached;
        sampler.resetIfUsed();
        // Native memory only from here: a context that is closed or in use has failed above, with nothing to free.
        this.batch = new Batch(Math.min(context.batchSize(), promptIds.length));
        // The deadline also stops a long prompt decode: the abort flag is read between graph nodes.
        this.deadline = params.timeout() == null
                ? null
                : DEADLINES.schedule(context::abort, params.timeout().toNanos(), TimeUnit.NANOSECONDS);
        try {
            this.pieceBuffer = arena.allocate(128);
            decodePrompt(promptIds, cached);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Tokenizes and decodes the prompt (in batches of the context's batch size); the tokens are
     * then generated as they are pulled.
     *
     * @throws IllegalArgumentException when the prompt is empty or does not fit the context
     */
    public static Generation start(Context context, Sampler sampler, String prompt, GenerationParams params) {
        return new Generation(context, sampler, prompt, params);
    }

    /**
     * Like {@link #start(Context, Sampler, String, GenerationParams)} with a prompt already
     * tokenized (e.g. by a policy's guard); {@code addSpecial}/{@code parseSpecial} do not apply.
     *
     * @throws IllegalArgumentException for an empty prompt, a token outside the vocabulary, or a
     *                                  prompt that does not fit the context
     */
    public static Generation start(Context context, Sampler sampler, int[] promptTokens, GenerationParams params) {
        return new Generation(context, sampler, promptTokens.clone(), 0, params);
    }

    /**
     * Continues from what sequence 0 of the context already holds: its first {@code cachedTokens}
     * positions must hold {@code promptTokens[0..cachedTokens)} (e.g. the shared beginning of a
     * conversation, decoded by an earlier generation). Everything after them is removed from the
     * context's memory and only the rest of the prompt is decoded. The caller vouches for the
     * cached tokens: llama.cpp cannot check what a position holds.
     *
     * @throws IllegalArgumentException as {@link #start(Context, Sampler, int[], GenerationParams)}, or
     *                                  when {@code cachedTokens} is not in {@code [0, promptTokens.length)}
     */
    public static Generation start(
            Context context, Sampler sampler, int[] promptTokens, int cachedTokens, GenerationParams params) {
        return new Generation(context, sampler, promptTokens.clone(), cachedTokens, params);
    }

    /** Generates until a stop, pushing each piece to {@code listener}. */
    public static Result run(
            Context context, Sampler sampler, String prompt, GenerationParams params, PieceListener listener) {
        try (Generation generation = start(context, sampler, prompt, params)) {
            return generation.run(listener);
        }
    }

    /**
     * Generates until a stop, pushing each piece to {@code listener}; when it returns false the
     * generation ends with {@link StopReason#LISTENER}. Returns the result.
     */
    public Result run(PieceListener listener) {
        while (hasNext()) {
            if (!listener.onPiece(next())) {
                finish(StopReason.LISTENER);
                break;
            }
        }
        return result();
    }

    /** Generates until a stop and returns the whole text. */
    public static Result run(Context context, Sampler sampler, String prompt, GenerationParams params) {
        return run(context, sampler, prompt, params, piece -> true);
    }

    private void decodePrompt(int[] ids, int cached) {
        position = cached;
        for (int start = cached; start < ids.length && stopReason == null; start += batch.capacity()) {
            int end = Math.min(ids.length, start + batch.capacity());
            batch.clear();
            for (int i = start; i < end; i++) {
                batch.add(ids[i], i, i == ids.length - 1, 0);
            }
            if (decode()) {
                position = end;
            }
        }
    }

    /**
     * Decodes the batch; false when it was aborted (the generation is then finished). llama.cpp takes an
     * aborted batch's tokens out of the memory again (llama_context::decode), so they fill no position.
     */
    private boolean decode() {
        try {
            context.decode(batch);
            return true;
        } catch (DecodeException e) {
            if (e.reason() != DecodeException.Reason.ABORTED) {
                throw e;
            }
            finish(System.nanoTime() >= deadlineNanos ? StopReason.TIMEOUT : StopReason.ABORTED);
            return false;
        }
    }

    /** Generates one token (or stops). */
    private void step() {
        if (generated == params.maxTokens()) {
            finish(StopReason.MAX_TOKENS);
            return;
        }
        if (position >= context.contextSize()) {
            finish(StopReason.CONTEXT_FULL);
            return;
        }
        if (context.abortRequested()) {
            context.clearAbort();
            finish(System.nanoTime() >= deadlineNanos ? StopReason.TIMEOUT : StopReason.ABORTED);
            return;
        }
        int token = sampler.sample(context, -1);
        if (vocab.isEndOfGeneration(token)) {
            finish(StopReason.END_OF_GENERATION);
            return;
        }
        if (generated == tokens.length) {
            tokens = Arrays.copyOf(tokens, generated * 2);
        }
        tokens[generated++] = token;
        if (params.text()) {
            appendPiece(token);
        }
        if (stopReason != null) {
            return; // a stop string
        }
        if (generated == params.maxTokens()) {
            finish(StopReason.MAX_TOKENS); // no need to decode a token nothing will follow
            return;
        }
        batch.clear().add(token, position, true, 0);
        if (decode()) {
            position++;
        }
    }

    private void appendPiece(int token) {
        int n = vocab.piece(token, pieceBuffer, params.renderSpecial());
        if (n < 0) {
            pieceBuffer = arena.allocate(-n);
            n = vocab.piece(token, pieceBuffer, params.renderSpecial());
        }
        String complete = utf8.append(pieceBuffer, n);
        if (complete != null) {
            emit(stops.offer(complete));
            if (stops.stopped()) {
                utf8.clear();
                finish(StopReason.STOP_STRING);
            }
        }
    }

    /** See {@link Utf8Accumulator#completeUtf8}. */
    static int completeUtf8(byte[] bytes, int count) {
        return Utf8Accumulator.completeUtf8(bytes, count);
    }

    private void emit(String piece) {
        if (!piece.isEmpty()) {
            ready.add(piece);
            text.append(piece);
        }
    }

    private void finish(StopReason reason) {
        if (stopReason != null) {
            return;
        }
        stopReason = reason;
        if (reason != StopReason.STOP_STRING) {
            String rest = stops.drain();
            String tail = utf8.flush();
            emit(tail == null ? rest : rest + tail); // held back for a stop string that did not come
        }
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && stopReason == null) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the generation has ended: " + stopReason);
        }
        return ready.poll();
    }

    /**
     * Generates the next token and returns its id, or -1 once the generation has ended. With
     * {@code text(false)} this loop allocates nothing per token; with text, the pieces it
     * produces are still available from {@link #text()}.
     */
    public int nextToken() {
        int before = generated;
        while (generated == before && stopReason == null) {
            step();
        }
        return generated > before ? tokens[generated - 1] : -1;
    }

    /** The pieces as a sequential stream (pulled lazily). */
    public Stream<String> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Why it ended; empty while it runs. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** The tokens generated so far. */
    public int[] tokens() {
        return Arrays.copyOf(tokens, generated);
    }

    public int promptTokens() {
        return promptTokens;
    }

    /** How many prompt tokens were already in the context (not decoded again). */
    public int cachedTokens() {
        return cachedTokens;
    }

    /**
     * How many positions of sequence 0 this generation has filled in the context's memory: the
     * prompt plus the generated tokens that were decoded (a token that ended the generation was
     * not). The first {@code decodedPositions()} tokens of prompt + {@link #tokens()} are what the
     * memory holds, for a later {@link #start(Context, Sampler, int[], int, GenerationParams)}.
     */
    public int decodedPositions() {
        return position;
    }

    /** The text returned so far. */
    public String text() {
        return text.toString();
    }

    /** Generates to the end (if not there yet) and returns the result. */
    public Result result() {
        while (hasNext()) {
            next();
        }
        return new Result(text.toString(), tokens(), promptTokens, stopReason);
    }

    /** Stops generating and frees the batch and buffers; the context stays open. Idempotent. */
    @Override
    public void close() {
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (stopReason == null) {
            stopReason = StopReason.LISTENER;
        }
        batch.close();
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
