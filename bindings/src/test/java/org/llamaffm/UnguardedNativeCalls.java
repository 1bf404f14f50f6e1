package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;

/**
 * Makes llama.cpp calls the way the bindings made them before their checks, in a JVM of its own
 * ({@link ChildJvm}): what a tenant's input does to llama.cpp when nothing stands in between.
 *
 * <ul>
 * <li>{@code schema FILE}: llama.cpp's JSON Schema converter on the schema in FILE</li>
 * <li>{@code grammar MODEL FILE}: llama_sampler_init_grammar with the GBNF in FILE (start rule root)</li>
 * <li>{@code penalties LAST_N}: llama_sampler_init_penalties with a vocabulary of 32000 tokens</li>
 * <li>{@code dry MODEL LAST_N}: llama_sampler_init_dry with no breakers</li>
 * </ul>
 * Prints {@code done} when the call returns.
 */
public final class UnguardedNativeCalls {

    private UnguardedNativeCalls() {
    }

    public static void main(String[] args) throws Exception {
        LlamaRuntime.get();
        switch (args[0]) {
            case "schema" -> {
                String schema = Files.readString(Path.of(args[1]));
                String grammar = ShimCall.string((arena, error) -> llama_ffm_shim_h.llama_ffm_json_schema_to_grammar(
                        arena.allocateFrom(schema), error), IllegalArgumentException::new);
                System.out.println("grammar of " + grammar.length() + " chars");
            }
            case "grammar" -> {
                String gbnf = Files.readString(Path.of(args[2]));
                try (Model model = Model.load(Path.of(args[1])); Arena arena = Arena.ofConfined()) {
                    MemorySegment sampler = llama_h.llama_sampler_init_grammar(model.vocab().handleForSamplers(),
                            arena.allocateFrom(gbnf), arena.allocateFrom("root"));
                    System.out.println("grammar sampler " + (sampler.equals(MemorySegment.NULL) ? "NULL" : "made"));
                }
            }
            case "penalties" -> {
                MemorySegment sampler = llama_h.llama_sampler_init_penalties(32000, Integer.parseInt(args[1]), 1.1f, 0, 0);
                System.out.println("penalties sampler made: " + !sampler.equals(MemorySegment.NULL));
            }
            case "dry" -> {
                try (Model model = Model.load(Path.of(args[1])); Arena arena = Arena.ofConfined()) {
                    MemorySegment sampler = llama_h.llama_sampler_init_dry(model.vocab().handleForSamplers(), 0.8f, 1.75f,
                            2, Integer.parseInt(args[2]), arena.allocate(8), 0);
                    System.out.println("dry sampler made: " + !sampler.equals(MemorySegment.NULL));
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("done");
    }
}
