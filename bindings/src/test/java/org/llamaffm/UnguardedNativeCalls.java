package org.llamaffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;
import org.llamaffm.internal.ffi.llama_logit_bias;
import org.llamaffm.testkit.ChildJvm;

/**
 * Makes llama.cpp calls the way the bindings made them before their checks, in a JVM of its own
 * ({@link ChildJvm}): what a tenant's input does to llama.cpp when nothing stands in between.
 *
 * <ul>
 * <li>{@code schema FILE}: llama.cpp's JSON Schema converter on the schema in FILE</li>
 * <li>{@code grammar MODEL FILE}: llama_sampler_init_grammar with the GBNF in FILE (start rule root)</li>
 * <li>{@code penalties LAST_N MIB}: llama_sampler_init_penalties with a vocabulary of 32000 tokens, in an
 *     address space limited (setrlimit RLIMIT_AS) to what the JVM already uses plus MIB MiB, as under a
 *     container's or a ulimit's memory limit</li>
 * <li>{@code generate MODEL FILE TOKEN N}: N tokens generated through llama.cpp's own grammar sampler
 *     (llama_sampler_init_grammar, GBNF in FILE), with TOKEN favoured by a logit bias</li>
 * </ul>
 * Prints {@code done} when the call returns.
 */
public final class UnguardedNativeCalls {

    private UnguardedNativeCalls() {}

    public static void main(String[] args) throws Throwable {
        LlamaRuntime.get();
        switch (args[0]) {
            case "schema" -> {
                String schema = Files.readString(Path.of(args[1]));
                String grammar = ShimCall.string(
                        (arena, error) ->
                                llama_ffm_shim_h.llama_ffm_json_schema_to_grammar(arena.allocateFrom(schema), error),
                        IllegalArgumentException::new);
                System.out.println("grammar of " + grammar.length() + " chars");
            }
            case "grammar" -> {
                String gbnf = Files.readString(Path.of(args[2]));
                try (Model model = Model.load(Path.of(args[1]));
                        Arena arena = Arena.ofConfined()) {
                    MemorySegment sampler = llama_h.llama_sampler_init_grammar(
                            model.vocab().handleForSamplers(), arena.allocateFrom(gbnf), arena.allocateFrom("root"));
                    System.out.println("grammar sampler " + (sampler.equals(MemorySegment.NULL) ? "NULL" : "made"));
                }
            }
            case "penalties" -> {
                limitAddressSpace(Long.parseLong(args[2]) << 20);
                MemorySegment sampler =
                        llama_h.llama_sampler_init_penalties(32000, Integer.parseInt(args[1]), 1.1f, 0, 0);
                System.out.println("penalties sampler made: " + !sampler.equals(MemorySegment.NULL));
            }
            case "generate" -> {
                String gbnf = Files.readString(Path.of(args[2]));
                int favoured = Integer.parseInt(args[3]);
                try (Model model = Model.load(Path.of(args[1]));
                        Context context = model.newContext(ContextParams.defaults());
                        Arena arena = Arena.ofConfined();
                        Batch batch = new Batch(8)) {
                    MemorySegment chain =
                            llama_h.llama_sampler_chain_init(llama_h.llama_sampler_chain_default_params(arena));
                    llama_h.llama_sampler_chain_add(
                            chain,
                            llama_h.llama_sampler_init_grammar(
                                    model.vocab().handleForSamplers(),
                                    arena.allocateFrom(gbnf),
                                    arena.allocateFrom("root")));
                    MemorySegment bias = llama_logit_bias.allocateArray(1, arena);
                    llama_logit_bias.token(bias, favoured);
                    llama_logit_bias.bias(bias, 100f);
                    llama_h.llama_sampler_chain_add(
                            chain,
                            llama_h.llama_sampler_init_logit_bias(model.vocab().size(), 1, bias));
                    llama_h.llama_sampler_chain_add(chain, llama_h.llama_sampler_init_greedy());
                    int token = model.vocab().bos().orElse(0);
                    for (int i = 0; i < Integer.parseInt(args[4]); i++) {
                        batch.clear();
                        batch.add(token, i, true, 0);
                        context.decode(batch);
                        long start = System.nanoTime();
                        token = context.sample(chain, -1);
                        System.out.println(
                                "token " + i + ": " + token + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                    }
                    llama_h.llama_sampler_free(chain);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("done");
    }

    /** RLIMIT_AS (Linux x86-64: 9) to the current size plus {@code extra} bytes. */
    private static void limitAddressSpace(long extra) throws Throwable {
        long size = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmSize:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .findFirst()
                .orElseThrow();
        Linker linker = Linker.nativeLinker();
        MethodHandle setrlimit = linker.downcallHandle(
                linker.defaultLookup().find("setrlimit").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(16);
            limit.set(JAVA_LONG, 0, size + extra);
            limit.set(JAVA_LONG, 8, -1L); // RLIM_INFINITY: only the soft limit changes
            if ((int) setrlimit.invokeExact(9, limit) != 0) {
                throw new IllegalStateException("setrlimit failed");
            }
        }
    }
}
