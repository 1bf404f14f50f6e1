package org.llamaffm.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import org.llamaffm.MissingSymbolException;
import org.llamaffm.internal.loader.NativeLoader;

/**
 * What the generated bindings ({@code org.llamaffm.internal.ffi}) call to reach native code:
 * symbols come from the libraries the {@link NativeLoader} opened, never from a library name of
 * their own. Each generated function keeps its handle in a {@code static final} field of a holder
 * class, so the symbol is looked up once, on the first call, and the JIT sees a constant.
 *
 * <p>A symbol the loaded build lacks (a CUDA or Metal function in a CPU build, a function a
 * header declares but the library does not define) does not fail class loading: its handle
 * throws {@link MissingSymbolException} on every call, naming the symbol, its header and the
 * libraries searched.
 */
public final class NativeSymbols {

    private static final Linker LINKER = Linker.nativeLinker();

    private NativeSymbols() {}

    /** The downcall handle of {@code name}, or one that throws {@link MissingSymbolException}. */
    public static MethodHandle downcall(String name, String header, FunctionDescriptor descriptor) {
        return downcall(name, header, descriptor, new Linker.Option[0]);
    }

    /**
     * Like {@link #downcall(String, String, FunctionDescriptor)}, with
     * {@code Linker.Option.critical(false)}: for tiny functions that never block, log or call back.
     */
    public static MethodHandle downcallCritical(String name, String header, FunctionDescriptor descriptor) {
        return downcall(name, header, descriptor, Linker.Option.critical(false));
    }

    private static MethodHandle downcall(
            String name, String header, FunctionDescriptor descriptor, Linker.Option... options) {
        NativeLoader.Loaded loaded = NativeLoader.system();
        Optional<MemorySegment> symbol = loaded.lookup().find(name);
        if (symbol.isPresent()) {
            return LINKER.downcallHandle(symbol.get(), descriptor, options);
        }
        MethodType type = LINKER.downcallHandle(descriptor).type().dropParameterTypes(0, 1);
        MissingSymbolException error = missing(name, header, loaded);
        MethodHandle thrower = MethodHandles.throwException(type.returnType(), MissingSymbolException.class)
                .bindTo(error);
        return MethodHandles.dropArguments(thrower, 0, type.parameterList());
    }

    /**
     * The address of the native function {@code name}, to pass as a C function pointer (e.g.
     * the shim's {@code llama_ffm_abort_on_flag} to {@code llama_set_abort_callback}).
     *
     * @throws MissingSymbolException when the loaded libraries do not define it
     */
    public static MemorySegment address(String name, String header) {
        NativeLoader.Loaded loaded = NativeLoader.system();
        return loaded.lookup().find(name).orElseThrow(() -> missing(name, header, loaded));
    }

    /** A NUL-terminated C string as a Java string (UTF-8); {@code null} for a NULL pointer. */
    public static String string(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL)
                ? null
                : cString.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** A handle that calls any C function pointer with {@code descriptor} (the pointer comes first). */
    public static MethodHandle invoker(FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(descriptor);
    }

    /**
     * The {@code apply} method of a generated callback interface, as an upcall target. Looked up with
     * this module's own lookup: the interfaces are in a package the module does not export, which a
     * public lookup cannot see on the module path.
     */
    public static MethodHandle upcallTarget(Class<?> callbackInterface, FunctionDescriptor descriptor) {
        try {
            return MethodHandles.lookup().findVirtual(callbackInterface, "apply", descriptor.toMethodType());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(callbackInterface + " has no apply" + descriptor.toMethodType(), e);
        }
    }

    /** A C function pointer that calls {@code target} on {@code receiver}; valid while {@code arena} lives. */
    public static MemorySegment upcall(
            MethodHandle target, Object receiver, FunctionDescriptor descriptor, Arena arena) {
        return LINKER.upcallStub(target.bindTo(receiver), descriptor, arena);
    }

    /**
     * For generated {@code catch (Throwable t)} blocks around {@code invokeExact}: unchecked
     * exceptions and errors pass through as they are; nothing checked can come out of a
     * downcall, so anything else is a bug.
     */
    public static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("unexpected checked exception from a native call", t);
    }

    private static MissingSymbolException missing(String name, String header, NativeLoader.Loaded loaded) {
        return new MissingSymbolException(
                name,
                name + " (declared in " + header + ") is not in the native libraries loaded from " + loaded.folder()
                        + hint(header, loaded));
    }

    private static String hint(String header, NativeLoader.Loaded loaded) {
        String backends = loaded.manifest()
                .map(m -> " (this build has: " + String.join(", ", m.files()) + ")")
                .orElse("");
        if (!loaded.onDemand().problem().isEmpty()) {
            return ": the libraries it may be in could not be opened: "
                    + loaded.onDemand().problem();
        }
        return switch (header) {
            case "ggml-cuda.h" -> ": it belongs to the CUDA backend; use a CUDA build (mvn -Pcuda)" + backends;
            case "ggml-metal.h" ->
                ": it belongs to the Metal backend; use a Metal build (macOS, mvn -Pmetal)" + backends;
            case "ggml-cpu.h" ->
                loaded.dynamicBackends()
                        ? ": in builds with dynamically loaded backends (portable) the CPU backend's own functions are "
                                + "reached through ggml_backend_reg_get_proc_address, not by symbol"
                        : backends;
            default -> ": the build does not match these bindings" + backends;
        };
    }
}
