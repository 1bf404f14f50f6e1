package org.llamaffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import org.llamaffm.internal.ffi.llama_batch;

/**
 * Tokens for one {@link Context#decode} call: each with its position, the sequences it belongs
 * to, and whether the context should compute its output (logits or embeddings). Reusable:
 * {@link #clear()} and fill again; the native arrays are allocated once.
 *
 * <pre>{@code
 * try (Batch batch = new Batch(512)) {
 *     for (int i = 0; i < prompt.length; i++) {
 *         batch.add(prompt[i], i, i == prompt.length - 1, 0);
 *     }
 *     context.decode(batch);
 * }
 * }</pre>
 */
public final class Batch implements AutoCloseable {

    private final Arena arena = Arena.ofShared();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int capacity;
    private final int maxSequences;
    private final MemorySegment struct;
    private final MemorySegment tokens;
    private final MemorySegment positions;
    private final MemorySegment sequenceCounts;
    private final MemorySegment sequenceIds;
    private final MemorySegment outputs;
    private int size;
    private int outputCount;

    /** A batch of up to {@code capacity} tokens, each in one sequence. */
    public Batch(int capacity) {
        this(capacity, 1);
    }

    /** A batch of up to {@code capacity} tokens, each in up to {@code maxSequencesPerToken} sequences. */
    public Batch(int capacity, int maxSequencesPerToken) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        if (maxSequencesPerToken < 1 || maxSequencesPerToken > ContextParams.MAX_SEQUENCES) {
            throw new IllegalArgumentException("maxSequencesPerToken must be in [1, " + ContextParams.MAX_SEQUENCES
                    + "], was " + maxSequencesPerToken);
        }
        this.capacity = capacity;
        this.maxSequences = maxSequencesPerToken;
        tokens = arena.allocate(JAVA_INT, capacity);
        positions = arena.allocate(JAVA_INT, capacity);
        sequenceCounts = arena.allocate(JAVA_INT, capacity);
        sequenceIds = arena.allocate(JAVA_INT, (long) capacity * maxSequencesPerToken);
        MemorySegment pointers = arena.allocate(ADDRESS, capacity);
        for (int i = 0; i < capacity; i++) {
            pointers.setAtIndex(ADDRESS, i, sequenceIds.asSlice((long) i * maxSequencesPerToken * Integer.BYTES));
        }
        outputs = arena.allocate(JAVA_BYTE, capacity);
        struct = llama_batch.allocate(arena);
        llama_batch.token(struct, tokens);
        llama_batch.embd(struct, MemorySegment.NULL);
        llama_batch.pos(struct, positions);
        llama_batch.n_seq_id(struct, sequenceCounts);
        llama_batch.seq_id(struct, pointers);
        llama_batch.logits(struct, outputs);
    }

    /**
     * Appends a token in one sequence.
     *
     * @param output compute this token's logits (needed to sample after it)
     */
    public Batch add(int token, int position, boolean output, int sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
        }
        int i = slot(position, output);
        tokens.setAtIndex(JAVA_INT, i, token);
        sequenceCounts.setAtIndex(JAVA_INT, i, 1);
        sequenceIds.setAtIndex(JAVA_INT, (long) i * maxSequences, sequence);
        size++;
        return this;
    }

    /** Appends a token shared by several sequences (e.g. a common prompt prefix). */
    public Batch add(int token, int position, boolean output, int... sequences) {
        if (sequences.length < 1 || sequences.length > maxSequences) {
            throw new IllegalArgumentException(
                    "a token needs 1.." + maxSequences + " sequences, got " + sequences.length);
        }
        for (int sequence : sequences) {
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
            }
        }
        int i = slot(position, output);
        tokens.setAtIndex(JAVA_INT, i, token);
        sequenceCounts.setAtIndex(JAVA_INT, i, sequences.length);
        for (int s = 0; s < sequences.length; s++) {
            sequenceIds.setAtIndex(JAVA_INT, (long) i * maxSequences + s, sequences[s]);
        }
        size++;
        return this;
    }

    private int slot(int position, boolean output) {
        checkOpen();
        if (size == capacity) {
            throw new IllegalStateException("the batch is full (" + capacity + " tokens)");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
        positions.setAtIndex(JAVA_INT, size, position);
        outputs.set(JAVA_BYTE, size, (byte) (output ? 1 : 0));
        outputCount += output ? 1 : 0;
        return size;
    }

    /** Empties the batch for reuse. */
    public Batch clear() {
        size = 0;
        outputCount = 0;
        return this;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** How many tokens ask for output. */
    public int outputCount() {
        return outputCount;
    }

    int token(int i) {
        return tokens.getAtIndex(JAVA_INT, i);
    }

    int sequenceCount(int i) {
        return sequenceCounts.getAtIndex(JAVA_INT, i);
    }

    int sequence(int i, int s) {
        return sequenceIds.getAtIndex(JAVA_INT, (long) i * maxSequences + s);
    }

    boolean output(int i) {
        return outputs.get(JAVA_BYTE, i) != 0;
    }

    /** The llama_batch struct, by value, with the current size. */
    MemorySegment struct() {
        checkOpen();
        llama_batch.n_tokens(struct, size);
        return struct;
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the batch is closed");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            arena.close();
        }
    }
}
