package org.llamaffm.policy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.Model;
import org.llamaffm.ModelParams;
import org.llamaffm.Vocab;

/**
 * The raw native calls of admission and of a first prompt, with no validator in front: what a
 * {@link ValidatorAbortTest} child JVM runs to show the old failure. {@code estimate FILE} is what
 * {@code Sandbox.admit} does before loading (llama.cpp builds the model and reserves a graph);
 * {@code tokenize FILE HEX} loads the vocabulary and calls the raw {@code llama_tokenize} on the
 * bytes, special tokens added.
 */
public final class UnguardedAdmission {

    private UnguardedAdmission() {}

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "estimate" -> {
                MemoryBreakdown estimate = MemoryBreakdown.estimate(
                        file,
                        ModelParams.defaults(),
                        ContextParams.builder()
                                .contextSize(256)
                                .batchSize(32)
                                .threads(1)
                                .build());
                System.out.println("estimated " + estimate.total());
            }
            case "tokenize" -> {
                // the generated binding itself, not Vocab.tokenize (which the shim may guard): the child runs on the
                // class path, so the internal package and Vocab's handle are reachable by reflection
                try (Model model = Model.load(
                                file, ModelParams.builder().vocabOnly(true).build());
                        Arena arena = Arena.ofConfined()) {
                    byte[] text = java.util.HexFormat.of().parseHex(args[2]);
                    Field handle = Vocab.class.getDeclaredField("handle");
                    handle.setAccessible(true);
                    MemorySegment vocab = (MemorySegment) handle.get(model.vocab());
                    MemorySegment utf8 = arena.allocate(text.length + 1L);
                    MemorySegment.copy(text, 0, utf8, ValueLayout.JAVA_BYTE, 0, text.length);
                    MemorySegment tokens = arena.allocate(ValueLayout.JAVA_INT, 64);
                    Method tokenize = Class.forName("org.llamaffm.internal.ffi.llama_h")
                            .getMethod(
                                    "llama_tokenize",
                                    MemorySegment.class,
                                    MemorySegment.class,
                                    int.class,
                                    MemorySegment.class,
                                    int.class,
                                    boolean.class,
                                    boolean.class);
                    int n = (int) tokenize.invoke(null, vocab, utf8, text.length, tokens, 64, true, false);
                    System.out.println("tokenized " + n);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "decode" -> {
                // what a first request does after admission: one token through the model
                try (org.llamaffm.Model model = Model.load(file);
                        org.llamaffm.Context context = model.newContext(ContextParams.builder()
                                .contextSize(64)
                                .threads(1)
                                .build());
                        org.llamaffm.Batch batch = new org.llamaffm.Batch(1)) {
                    context.decode(batch.add(model.vocab().bos().orElse(0), 0, true, 0));
                    System.out.println("decoded");
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
