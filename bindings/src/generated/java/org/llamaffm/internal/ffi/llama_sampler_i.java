// Generated from llama.h at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
package org.llamaffm.internal.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import org.llamaffm.internal.NativeSymbols;

/**
 * {@code struct llama_sampler_i}
 *
 * <pre>
 *  user code can implement the interface below in order to create custom llama_sampler
 * </pre>
 */
public final class llama_sampler_i {

    private llama_sampler_i() {
    }

    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
        ADDRESS.withName("name"),
        ADDRESS.withName("accept"),
        ADDRESS.withName("apply"),
        ADDRESS.withName("reset"),
        ADDRESS.withName("clone"),
        ADDRESS.withName("free"),
        ADDRESS.withName("backend_init"),
        ADDRESS.withName("backend_accept"),
        ADDRESS.withName("backend_apply"),
        ADDRESS.withName("backend_set_input"),
        ADDRESS.withName("backend_reset"),
        ADDRESS.withName("copy_state")).withName("llama_sampler_i");

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

    private static final long name$OFFSET = LAYOUT.byteOffset(groupElement("name"));

    /** {@code const char *(*)(const struct llama_sampler *) name} */
    public static MemorySegment name(MemorySegment struct) {
        return struct.get(ADDRESS, name$OFFSET);
    }

    /** {@code const char *(*)(const struct llama_sampler *) name} */
    public static void name(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, name$OFFSET, value);
    }

    private static final long accept$OFFSET = LAYOUT.byteOffset(groupElement("accept"));

    /** {@code void (*)(struct llama_sampler *, llama_token) accept} */
    public static MemorySegment accept(MemorySegment struct) {
        return struct.get(ADDRESS, accept$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *, llama_token) accept} */
    public static void accept(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, accept$OFFSET, value);
    }

    private static final long apply$OFFSET = LAYOUT.byteOffset(groupElement("apply"));

    /** {@code void (*)(struct llama_sampler *, llama_token_data_array *) apply} */
    public static MemorySegment apply(MemorySegment struct) {
        return struct.get(ADDRESS, apply$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *, llama_token_data_array *) apply} */
    public static void apply(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, apply$OFFSET, value);
    }

    private static final long reset$OFFSET = LAYOUT.byteOffset(groupElement("reset"));

    /** {@code void (*)(struct llama_sampler *) reset} */
    public static MemorySegment reset(MemorySegment struct) {
        return struct.get(ADDRESS, reset$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *) reset} */
    public static void reset(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, reset$OFFSET, value);
    }

    private static final long clone$OFFSET = LAYOUT.byteOffset(groupElement("clone"));

    /** {@code struct llama_sampler *(*)(const struct llama_sampler *) clone} */
    public static MemorySegment clone(MemorySegment struct) {
        return struct.get(ADDRESS, clone$OFFSET);
    }

    /** {@code struct llama_sampler *(*)(const struct llama_sampler *) clone} */
    public static void clone(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, clone$OFFSET, value);
    }

    private static final long free$OFFSET = LAYOUT.byteOffset(groupElement("free"));

    /** {@code void (*)(struct llama_sampler *) free} */
    public static MemorySegment free(MemorySegment struct) {
        return struct.get(ADDRESS, free$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *) free} */
    public static void free(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, free$OFFSET, value);
    }

    private static final long backend_init$OFFSET = LAYOUT.byteOffset(groupElement("backend_init"));

    /** {@code _Bool (*)(struct llama_sampler *, ggml_backend_buffer_type_t, uint32_t) backend_init} */
    public static MemorySegment backend_init(MemorySegment struct) {
        return struct.get(ADDRESS, backend_init$OFFSET);
    }

    /** {@code _Bool (*)(struct llama_sampler *, ggml_backend_buffer_type_t, uint32_t) backend_init} */
    public static void backend_init(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_init$OFFSET, value);
    }

    private static final long backend_accept$OFFSET = LAYOUT.byteOffset(groupElement("backend_accept"));

    /** {@code void (*)(struct llama_sampler *, struct ggml_context *, struct ggml_cgraph *, struct ggml_tensor *) backend_accept} */
    public static MemorySegment backend_accept(MemorySegment struct) {
        return struct.get(ADDRESS, backend_accept$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *, struct ggml_context *, struct ggml_cgraph *, struct ggml_tensor *) backend_accept} */
    public static void backend_accept(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_accept$OFFSET, value);
    }

    private static final long backend_apply$OFFSET = LAYOUT.byteOffset(groupElement("backend_apply"));

    /** {@code void (*)(struct llama_sampler *, struct ggml_context *, struct ggml_cgraph *, struct llama_sampler_data *) backend_apply} */
    public static MemorySegment backend_apply(MemorySegment struct) {
        return struct.get(ADDRESS, backend_apply$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *, struct ggml_context *, struct ggml_cgraph *, struct llama_sampler_data *) backend_apply} */
    public static void backend_apply(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_apply$OFFSET, value);
    }

    private static final long backend_set_input$OFFSET = LAYOUT.byteOffset(groupElement("backend_set_input"));

    /** {@code void (*)(struct llama_sampler *) backend_set_input} */
    public static MemorySegment backend_set_input(MemorySegment struct) {
        return struct.get(ADDRESS, backend_set_input$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *) backend_set_input} */
    public static void backend_set_input(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_set_input$OFFSET, value);
    }

    private static final long backend_reset$OFFSET = LAYOUT.byteOffset(groupElement("backend_reset"));

    /** {@code void (*)(struct llama_sampler *) backend_reset} */
    public static MemorySegment backend_reset(MemorySegment struct) {
        return struct.get(ADDRESS, backend_reset$OFFSET);
    }

    /** {@code void (*)(struct llama_sampler *) backend_reset} */
    public static void backend_reset(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, backend_reset$OFFSET, value);
    }

    private static final long copy_state$OFFSET = LAYOUT.byteOffset(groupElement("copy_state"));

    /** {@code void (*)(const struct llama_sampler *, struct llama_sampler *) copy_state} */
    public static MemorySegment copy_state(MemorySegment struct) {
        return struct.get(ADDRESS, copy_state$OFFSET);
    }

    /** {@code void (*)(const struct llama_sampler *, struct llama_sampler *) copy_state} */
    public static void copy_state(MemorySegment struct, MemorySegment value) {
        struct.set(ADDRESS, copy_state$OFFSET, value);
    }

    /**
     * {@snippet lang=c :
     * const char * (*name)(const struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  can be NULL
     * </pre>
     */
    @FunctionalInterface
    public static interface name {

        /** Called from native code; an exception escaping it terminates the JVM. */
        MemorySegment apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(name.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(name fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static MemorySegment invoke(MemorySegment function, MemorySegment smpl) {
            try {
                return (MemorySegment) INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*accept)(struct llama_sampler * smpl, int token)
     * }
     *
     * <pre>
     *  can be NULL
     * </pre>
     */
    @FunctionalInterface
    public static interface accept {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl, int token);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(accept.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(accept fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl, int token) {
            try {
                INVOKER.invokeExact(function, smpl, token);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*apply)(struct llama_sampler * smpl, struct llama_token_data_array * cur_p)
     * }
     *
     * <pre>
     *  required
     * </pre>
     */
    @FunctionalInterface
    public static interface apply {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl, MemorySegment cur_p);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(apply.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(apply fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl, MemorySegment cur_p) {
            try {
                INVOKER.invokeExact(function, smpl, cur_p);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*reset)(struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  can be NULL
     * </pre>
     */
    @FunctionalInterface
    public static interface reset {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(reset.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(reset fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl) {
            try {
                INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * struct llama_sampler * (*clone)(const struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  can be NULL if ctx is NULL
     * </pre>
     */
    @FunctionalInterface
    public static interface clone {

        /** Called from native code; an exception escaping it terminates the JVM. */
        MemorySegment apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(clone.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(clone fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static MemorySegment invoke(MemorySegment function, MemorySegment smpl) {
            try {
                return (MemorySegment) INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*free)(struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  can be NULL if ctx is NULL
     * </pre>
     */
    @FunctionalInterface
    public static interface free {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(free.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(free fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl) {
            try {
                INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * _Bool (*backend_init)(struct llama_sampler * smpl, struct ggml_backend_buffer_type * buft, unsigned int n_outputs_max_per_seq)
     * }
     *
     * <pre>
     *  return true if the backend supports all ops needed by the sampler and can handle up to n_outputs_max_per_seq outputs per sequence
     *  note: call once per sampler
     * </pre>
     */
    @FunctionalInterface
    public static interface backend_init {

        /** Called from native code; an exception escaping it terminates the JVM. */
        boolean apply(MemorySegment smpl, MemorySegment buft, int n_outputs_max_per_seq);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_INT);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(backend_init.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(backend_init fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static boolean invoke(MemorySegment function, MemorySegment smpl, MemorySegment buft, int n_outputs_max_per_seq) {
            try {
                return (boolean) INVOKER.invokeExact(function, smpl, buft, n_outputs_max_per_seq);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*backend_accept)(struct llama_sampler * smpl, struct ggml_context * ctx, struct ggml_cgraph * gf, struct ggml_tensor * selected_token)
     * }
     *
     * <pre>
     *  call after .backend_apply()
     * </pre>
     */
    @FunctionalInterface
    public static interface backend_accept {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl, MemorySegment ctx, MemorySegment gf, MemorySegment selected_token);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(backend_accept.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(backend_accept fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl, MemorySegment ctx, MemorySegment gf, MemorySegment selected_token) {
            try {
                INVOKER.invokeExact(function, smpl, ctx, gf, selected_token);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*backend_apply)(struct llama_sampler * smpl, struct ggml_context * ctx, struct ggml_cgraph * gf, struct llama_sampler_data * data)
     * }
     *
     * <pre>
     *  call after .backend_init()
     * </pre>
     */
    @FunctionalInterface
    public static interface backend_apply {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl, MemorySegment ctx, MemorySegment gf, MemorySegment data);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(backend_apply.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(backend_apply fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl, MemorySegment ctx, MemorySegment gf, MemorySegment data) {
            try {
                INVOKER.invokeExact(function, smpl, ctx, gf, data);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*backend_set_input)(struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  called before graph execution to set inputs for the current ubatch
     * </pre>
     */
    @FunctionalInterface
    public static interface backend_set_input {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(backend_set_input.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(backend_set_input fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl) {
            try {
                INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*backend_reset)(struct llama_sampler * smpl)
     * }
     *
     * <pre>
     *  called before rebuilding a sampling graph to clear any internal sampler state
     * </pre>
     */
    @FunctionalInterface
    public static interface backend_reset {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment smpl);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(backend_reset.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(backend_reset fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment smpl) {
            try {
                INVOKER.invokeExact(function, smpl);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }

    /**
     * {@snippet lang=c :
     * void (*copy_state)(const struct llama_sampler * src, struct llama_sampler * dst)
     * }
     *
     * <pre>
     *  copy mutable state from src into dst while keeping dst's references to the current sampling graph
     *  src and dst must have the same type and configuration
     * </pre>
     */
    @FunctionalInterface
    public static interface copy_state {

        /** Called from native code; an exception escaping it terminates the JVM. */
        void apply(MemorySegment src, MemorySegment dst);

        FunctionDescriptor DESCRIPTOR = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS);

        /** {@code apply}, as the upcall target. */
        MethodHandle UPCALL = NativeSymbols.upcallTarget(copy_state.class, DESCRIPTOR);

        /** Calls a C function pointer of this type. */
        MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);

        /** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */
        static MemorySegment allocate(copy_state fn, Arena arena) {
            return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);
        }

        /** Calls the C function at {@code function}. */
        static void invoke(MemorySegment function, MemorySegment src, MemorySegment dst) {
            try {
                INVOKER.invokeExact(function, src, dst);
            } catch (Throwable failure$) {
                throw NativeSymbols.rethrow(failure$);
            }
        }
    }
}
