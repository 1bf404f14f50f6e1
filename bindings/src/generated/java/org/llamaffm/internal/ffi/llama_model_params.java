// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_model_params}
 */
public final class llama_model_params {

    private llama_model_params() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("devices"),
        ADDRESS.withName("tensor_buft_overrides"),
        JAVA_INT.withName("n_gpu_layers"),
        JAVA_INT.withName("split_mode"),
        JAVA_INT.withName("load_mode"),
        JAVA_INT.withName("lazy_mode"),
        JAVA_INT.withName("main_gpu"),
        MemoryLayout.paddingLayout(4),
        ADDRESS.withName("tensor_split"),
        ADDRESS.withName("progress_callback"),
        ADDRESS.withName("progress_callback_user_data"),
        ADDRESS.withName("kv_overrides"),
        JAVA_BOOLEAN.withName("vocab_only"),
        JAVA_BOOLEAN.withName("check_tensors"),
        JAVA_BOOLEAN.withName("use_extra_bufts"),
        JAVA_BOOLEAN.withName("no_host"),
        JAVA_BOOLEAN.withName("no_alloc"),
        JAVA_BOOLEAN.withName("load_mtp"),
        MemoryLayout.paddingLayout(2)).withName("llama_model_params");

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

    private static final long devices$OFFSET = LAYOUT.byteOffset(groupElement("devices"));

    /** {@code ggml_backend_dev_t * devices} */
    public static MemorySegment devices(MemorySegment struct) {
        return struct.get(ADDRESS, devices$OFFSET);
    }

    /** {@code ggml_backend_dev_t * devices} */
    public static void devices(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, devices$OFFSET, value);
    }

    private static final long tensor_buft_overrides$OFFSET = LAYOUT.byteOffset(groupElement("tensor_buft_overrides"));

    /** {@code const struct llama_model_tensor_buft_override * tensor_buft_overrides} */
    public static MemorySegment tensor_buft_overrides(MemorySegment struct) {
        return struct.get(ADDRESS, tensor_buft_overrides$OFFSET);
    }

    /** {@code const struct llama_model_tensor_buft_override * tensor_buft_overrides} */
    public static void tensor_buft_overrides(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, tensor_buft_overrides$OFFSET, value);
    }

    private static final long n_gpu_layers$OFFSET = LAYOUT.byteOffset(groupElement("n_gpu_layers"));

    /** {@code int32_t n_gpu_layers} */
    public static int n_gpu_layers(MemorySegment struct) {
        return struct.get(JAVA_INT, n_gpu_layers$OFFSET);
    }

    /** {@code int32_t n_gpu_layers} */
    public static void n_gpu_layers(MemorySegment struct, int value) {
        struct.set(JAVA_INT, n_gpu_layers$OFFSET, value);
    }

    private static final long split_mode$OFFSET = LAYOUT.byteOffset(groupElement("split_mode"));

    /** {@code enum llama_split_mode split_mode} */
    public static int split_mode(MemorySegment struct) {
        return struct.get(JAVA_INT, split_mode$OFFSET);
    }

    /** {@code enum llama_split_mode split_mode} */
    public static void split_mode(MemorySegment struct, int value) {
        struct.set(JAVA_INT, split_mode$OFFSET, value);
    }

    private static final long load_mode$OFFSET = LAYOUT.byteOffset(groupElement("load_mode"));

    /** {@code enum llama_load_mode load_mode} */
    public static int load_mode(MemorySegment struct) {
        return struct.get(JAVA_INT, load_mode$OFFSET);
    }

    /** {@code enum llama_load_mode load_mode} */
    public static void load_mode(MemorySegment struct, int value) {
        struct.set(JAVA_INT, load_mode$OFFSET, value);
    }

    private static final long lazy_mode$OFFSET = LAYOUT.byteOffset(groupElement("lazy_mode"));

    /** {@code enum llama_lazy_mode lazy_mode} */
    public static int lazy_mode(MemorySegment struct) {
        return struct.get(JAVA_INT, lazy_mode$OFFSET);
    }

    /** {@code enum llama_lazy_mode lazy_mode} */
    public static void lazy_mode(MemorySegment struct, int value) {
        struct.set(JAVA_INT, lazy_mode$OFFSET, value);
    }

    private static final long main_gpu$OFFSET = LAYOUT.byteOffset(groupElement("main_gpu"));

    /** {@code int32_t main_gpu} */
    public static int main_gpu(MemorySegment struct) {
        return struct.get(JAVA_INT, main_gpu$OFFSET);
    }

    /** {@code int32_t main_gpu} */
    public static void main_gpu(MemorySegment struct, int value) {
        struct.set(JAVA_INT, main_gpu$OFFSET, value);
    }

    private static final long tensor_split$OFFSET = LAYOUT.byteOffset(groupElement("tensor_split"));

    /** {@code const float * tensor_split} */
    public static MemorySegment tensor_split(MemorySegment struct) {
        return struct.get(ADDRESS, tensor_split$OFFSET);
    }

    /** {@code const float * tensor_split} */
    public static void tensor_split(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, tensor_split$OFFSET, value);
    }

    private static final long progress_callback$OFFSET = LAYOUT.byteOffset(groupElement("progress_callback"));

    /** {@code llama_progress_callback progress_callback} */
    public static MemorySegment progress_callback(MemorySegment struct) {
        return struct.get(ADDRESS, progress_callback$OFFSET);
    }

    /** {@code llama_progress_callback progress_callback} */
    public static void progress_callback(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, progress_callback$OFFSET, value);
    }

    private static final long progress_callback_user_data$OFFSET = LAYOUT.byteOffset(groupElement("progress_callback_user_data"));

    /** {@code void * progress_callback_user_data} */
    public static MemorySegment progress_callback_user_data(MemorySegment struct) {
        return struct.get(ADDRESS, progress_callback_user_data$OFFSET);
    }

    /** {@code void * progress_callback_user_data} */
    public static void progress_callback_user_data(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, progress_callback_user_data$OFFSET, value);
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

    private static final long vocab_only$OFFSET = LAYOUT.byteOffset(groupElement("vocab_only"));

    /** {@code _Bool vocab_only} */
    public static boolean vocab_only(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, vocab_only$OFFSET);
    }

    /** {@code _Bool vocab_only} */
    public static void vocab_only(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, vocab_only$OFFSET, value);
    }

    private static final long check_tensors$OFFSET = LAYOUT.byteOffset(groupElement("check_tensors"));

    /** {@code _Bool check_tensors} */
    public static boolean check_tensors(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, check_tensors$OFFSET);
    }

    /** {@code _Bool check_tensors} */
    public static void check_tensors(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, check_tensors$OFFSET, value);
    }

    private static final long use_extra_bufts$OFFSET = LAYOUT.byteOffset(groupElement("use_extra_bufts"));

    /** {@code _Bool use_extra_bufts} */
    public static boolean use_extra_bufts(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, use_extra_bufts$OFFSET);
    }

    /** {@code _Bool use_extra_bufts} */
    public static void use_extra_bufts(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, use_extra_bufts$OFFSET, value);
    }

    private static final long no_host$OFFSET = LAYOUT.byteOffset(groupElement("no_host"));

    /** {@code _Bool no_host} */
    public static boolean no_host(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_host$OFFSET);
    }

    /** {@code _Bool no_host} */
    public static void no_host(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_host$OFFSET, value);
    }

    private static final long no_alloc$OFFSET = LAYOUT.byteOffset(groupElement("no_alloc"));

    /** {@code _Bool no_alloc} */
    public static boolean no_alloc(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, no_alloc$OFFSET);
    }

    /** {@code _Bool no_alloc} */
    public static void no_alloc(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, no_alloc$OFFSET, value);
    }

    private static final long load_mtp$OFFSET = LAYOUT.byteOffset(groupElement("load_mtp"));

    /** {@code _Bool load_mtp} */
    public static boolean load_mtp(MemorySegment struct) {
        return struct.get(JAVA_BOOLEAN, load_mtp$OFFSET);
    }

    /** {@code _Bool load_mtp} */
    public static void load_mtp(MemorySegment struct, boolean value) {
        struct.set(JAVA_BOOLEAN, load_mtp$OFFSET, value);
    }
}
