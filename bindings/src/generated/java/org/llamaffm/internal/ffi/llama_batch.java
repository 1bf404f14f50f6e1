// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_batch}
 *
 * <pre>
 *  Input data for llama_encode/llama_decode
 *  A llama_batch object can contain input about one or many sequences
 *  The provided arrays (i.e. token, embd, pos, etc.) must have size of n_tokens
 *
 *  - token  : the token ids of the input (used when embd is NULL)
 *  - embd   : token embeddings (i.e. float vector of size n_embd) (used when token is NULL)
 *  - pos    : the positions of the respective token in the sequence
 *             (if set to NULL, the token position will be tracked automatically by llama_encode/llama_decode)
 *  - seq_id : the sequence to which the respective token belongs
 *             (if set to NULL, the sequence ID will be assumed to be 0)
 *  - logits : if zero, the logits (and/or the embeddings) for the respective token will not be output
 *             (if set to NULL:
 *                - if embeddings: all tokens are output
 *                - if not:        only the last token is output
 *             )
 * </pre>
 */
public final class llama_batch {

    private llama_batch() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("n_tokens"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("token"),
        ADDRESS.withName("embd"),
        ADDRESS.withName("pos"),
        ADDRESS.withName("n_seq_id"),
        ADDRESS.withName("seq_id"),
        ADDRESS.withName("logits")).withName("llama_batch");

    /** Allocates one, zeroed. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT);
    }

    /** Allocates an array of {@code count}, zeroed. */
    public static MemorySegment allocateArray(long count, SegmentAllocator allocator) {
        return allocator.allocate(LAYOUT, count);
    }

    /** The struct at {@code address} (a pointer from native code), sized to this layout. */
    public static MemorySegment ofAddress(MemorySegment address) {
        return address.reinterpret(LAYOUT.byteSize());
    }

    private static final long n_tokens$OFFSET = LAYOUT.byteOffset(groupElement("n_tokens"));

    /** {@code int32_t n_tokens} */
    public static int n_tokens(MemorySegment struct) {
        return struct.get(JAVA_INT, n_tokens$OFFSET);
    }

    /** {@code int32_t n_tokens} */
    public static void n_tokens(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_tokens$OFFSET, value);
    }

    private static final long token$OFFSET = LAYOUT.byteOffset(groupElement("token"));

    /** {@code llama_token * token} */
    public static MemorySegment token(MemorySegment struct) {
        return struct.get(ADDRESS, token$OFFSET);
    }

    /** {@code llama_token * token} */
    public static void token(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, token$OFFSET, value);
    }

    private static final long embd$OFFSET = LAYOUT.byteOffset(groupElement("embd"));

    /** {@code float * embd} */
    public static MemorySegment embd(MemorySegment struct) {
        return struct.get(ADDRESS, embd$OFFSET);
    }

    /** {@code float * embd} */
    public static void embd(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, embd$OFFSET, value);
    }

    private static final long pos$OFFSET = LAYOUT.byteOffset(groupElement("pos"));

    /** {@code llama_pos * pos} */
    public static MemorySegment pos(MemorySegment struct) {
        return struct.get(ADDRESS, pos$OFFSET);
    }

    /** {@code llama_pos * pos} */
    public static void pos(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, pos$OFFSET, value);
    }

    private static final long n_seq_id$OFFSET = LAYOUT.byteOffset(groupElement("n_seq_id"));

    /** {@code int32_t * n_seq_id} */
    public static MemorySegment n_seq_id(MemorySegment struct) {
        return struct.get(ADDRESS, n_seq_id$OFFSET);
    }

    /** {@code int32_t * n_seq_id} */
    public static void n_seq_id(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, n_seq_id$OFFSET, value);
    }

    private static final long seq_id$OFFSET = LAYOUT.byteOffset(groupElement("seq_id"));

    /** {@code llama_seq_id ** seq_id} */
    public static MemorySegment seq_id(MemorySegment struct) {
        return struct.get(ADDRESS, seq_id$OFFSET);
    }

    /** {@code llama_seq_id ** seq_id} */
    public static void seq_id(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, seq_id$OFFSET, value);
    }

    private static final long logits$OFFSET = LAYOUT.byteOffset(groupElement("logits"));

    /** {@code int8_t * logits} */
    public static MemorySegment logits(MemorySegment struct) {
        return struct.get(ADDRESS, logits$OFFSET);
    }

    /** {@code int8_t * logits} */
    public static void logits(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, logits$OFFSET, value);
    }
}
