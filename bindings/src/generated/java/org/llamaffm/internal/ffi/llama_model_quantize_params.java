// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_quantize_params}
 *
 * <pre>
 *  model quantization parameters
 * </pre>
 */
public final class llama_model_quantize_params {

    private llama_model_quantize_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        JAVA_INT.withName("nthread"),
        JAVA_INT.withName("ftype"),
        JAVA_INT.withName("output_tensor_type"),
        JAVA_INT.withName("token_embedding_type"),
        JAVA_BOOLEAN.withName("allow_requantize"),
        JAVA_BOOLEAN.withName("quantize_output_tensor"),
        JAVA_BOOLEAN.withName("only_copy"),
        JAVA_BOOLEAN.withName("pure"),
        JAVA_BOOLEAN.withName("keep_split"),
        JAVA_BOOLEAN.withName("dry_run"),
        MemoryLayout.paddingLayout(2),
        ADDRESS.withName("imatrix"),
        ADDRESS.withName("kv_overrides"),
        ADDRESS.withName("tt_overrides"),
        ADDRESS.withName("prune_layers"),
        JAVA_LONG.withName("max_buf_size")).withName("llama_model_quantize_params");

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

    private static final long nthread$OFFSET = LAYOUT.byteOffset(groupElement("nthread"));

    /** {@code int32_t nthread} */
    public static int nthread(MemorySegment struct) {
        return struct.get(JAVA_INT, nthread$OFFSET);
    }

    /** {@code int32_t nthread} */
    public static void nthread(MemorySegment struct, int value) {
        struct.set(JAVA_INT, nthread$OFFSET, value);
    }

    private static final long ftype$OFFSET = LAYOUT.byteOffset(groupElement("ftype"));

    /** {@code enum llama_ftype ftype} */
    public static int ftype(MemorySegment struct) {
        return struct.get(JAVA_INT, ftype$OFFSET);
    }

    /** {@code enum llama_ftype ftype} */
    public static void ftype(MemorySegment struct, int value) {
        struct.set(JAVA_INT, ftype$OFFSET, value);
    }

    private static final long output_tensor_type$OFFSET = LAYOUT.byteOffset(groupElement("output_tensor_type"));

    /** {@code enum ggml_type output_tensor_type} */
    public static int output_tensor_type(MemorySegment struct) {
        return struct.get(JAVA_INT, output_tensor_type$OFFSET);
    }

    /** {@code enum ggml_type output_tensor_type} */
    public static void output_tensor_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, output_tensor_type$OFFSET, value);
    }

    private static final long token_embedding_type$OFFSET = LAYOUT.byteOffset(groupElement("token_embedding_type"));

    /** {@code enum ggml_type token_embedding_type} */
    public static int token_embedding_type(MemorySegment struct) {
        return struct.get(JAVA_INT, token_embedding_type$OFFSET);
    }

    /** {@code enum ggml_type token_embedding_type} */
    public static void token_embedding_type(MemorySegment struct, int value) {
        struct.set(JAVA_INT, token_embedding_type$OFFSET, value);
    }

    private static final long allow_requantize$OFFSET = LAYOUT.byteOffset(groupElement("allow_requantize"));

    /** {@code _Bool allow_requantize} */
    public static boolean allow_requantize(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, allow_requantize$OFFSET);
    }

    /** {@code _Bool allow_requantize} */
    public static void allow_requantize(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, allow_requantize$OFFSET, value);
    }

    private static final long quantize_output_tensor$OFFSET = LAYOUT.byteOffset(groupElement("quantize_output_tensor"));

    /** {@code _Bool quantize_output_tensor} */
    public static boolean quantize_output_tensor(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, quantize_output_tensor$OFFSET);
    }

    /** {@code _Bool quantize_output_tensor} */
    public static void quantize_output_tensor(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, quantize_output_tensor$OFFSET, value);
    }

    private static final long only_copy$OFFSET = LAYOUT.byteOffset(groupElement("only_copy"));

    /** {@code _Bool only_copy} */
    public static boolean only_copy(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, only_copy$OFFSET);
    }

    /** {@code _Bool only_copy} */
    public static void only_copy(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, only_copy$OFFSET, value);
    }

    private static final long pure$OFFSET = LAYOUT.byteOffset(groupElement("pure"));

    /** {@code _Bool pure} */
    public static boolean pure(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, pure$OFFSET);
    }

    /** {@code _Bool pure} */
    public static void pure(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, pure$OFFSET, value);
    }

    private static final long keep_split$OFFSET = LAYOUT.byteOffset(groupElement("keep_split"));

    /** {@code _Bool keep_split} */
    public static boolean keep_split(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, keep_split$OFFSET);
    }

    /** {@code _Bool keep_split} */
    public static void keep_split(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, keep_split$OFFSET, value);
    }

    private static final long dry_run$OFFSET = LAYOUT.byteOffset(groupElement("dry_run"));

    /** {@code _Bool dry_run} */
    public static boolean dry_run(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, dry_run$OFFSET);
    }

    /** {@code _Bool dry_run} */
    public static void dry_run(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, dry_run$OFFSET, value);
    }

    private static final long imatrix$OFFSET = LAYOUT.byteOffset(groupElement("imatrix"));

    /** {@code const struct llama_model_imatrix_data * imatrix} */
    public static MemorySegment imatrix(MemorySegment struct) {
        return struct.get(ADDRESS, imatrix$OFFSET);
    }

    /** {@code const struct llama_model_imatrix_data * imatrix} */
    public static void imatrix(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, imatrix$OFFSET, value);
    }

    private static final long kv_overrides$OFFSET = LAYOUT.byteOffset(groupElement("kv_overrides"));

    /** {@code const struct llama_model_kv_override * kv_overrides} */
    public static MemorySegment kv_overrides(MemorySegment struct) {
        return struct.get(ADDRESS, kv_overrides$OFFSET);
    }

    /** {@code const struct llama_model_kv_override * kv_overrides} */
    public static void kv_overrides(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, kv_overrides$OFFSET, value);
    }

    private static final long tt_overrides$OFFSET = LAYOUT.byteOffset(groupElement("tt_overrides"));

    /** {@code const struct llama_model_tensor_override * tt_overrides} */
    public static MemorySegment tt_overrides(MemorySegment struct) {
        return struct.get(ADDRESS, tt_overrides$OFFSET);
    }

    /** {@code const struct llama_model_tensor_override * tt_overrides} */
    public static void tt_overrides(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, tt_overrides$OFFSET, value);
    }

    private static final long prune_layers$OFFSET = LAYOUT.byteOffset(groupElement("prune_layers"));

    /** {@code const int32_t * prune_layers} */
    public static MemorySegment prune_layers(MemorySegment struct) {
        return struct.get(ADDRESS, prune_layers$OFFSET);
    }

    /** {@code const int32_t * prune_layers} */
    public static void prune_layers(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, prune_layers$OFFSET, value);
    }

    private static final long max_buf_size$OFFSET = LAYOUT.byteOffset(groupElement("max_buf_size"));

    /** {@code size_t max_buf_size} */
    public static long max_buf_size(MemorySegment struct) {
        return struct.get(JAVA_LONG, max_buf_size$OFFSET);
    }

    /** {@code size_t max_buf_size} */
    public static void max_buf_size(MemorySegment struct, long value) {
        struct.set(JAVA_LONG, max_buf_size$OFFSET, value);
    }
}
