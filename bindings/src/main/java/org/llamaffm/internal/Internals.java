package org.llamaffm.internal;

import java.lang.foreign.MemorySegment;
import org.llamaffm.Context;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.SpecialTokenText;

/**
 * What the {@code chat} and {@code embed} packages need from {@code Model}, {@code Context} and
 * {@code Sampler} that is not public API. Package {@code org.llamaffm} installs the implementation
 * when {@code Model} is initialized; this package is not exported, so applications never see it.
 */
public final class Internals {

    /** The package-private parts of {@code org.llamaffm} that its sibling packages use. */
    public interface Root {

        /** The model's {@code llama_model *}. */
        MemorySegment handle(Model model);

        /** False for models without a KV cache (encoders such as BERT). */
        boolean hasMemory(Context context);

        /** Adds llama.cpp's chat grammar sampler for a rendered chat ({@code grammar} non-empty). */
        Sampler.Builder chatGrammar(Sampler.Builder chain, String grammar, String renderedJson);

        /** The tokens that tokenizing with BOS/EOS puts before and after any text: {prefix, suffix}. */
        int[][] specialFrame(SpecialTokenText special);
    }

    private static volatile Root root;

    private Internals() {}

    /** Called once, by {@code Model}'s static initializer. */
    public static void install(Root implementation) {
        if (root != null) {
            throw new IllegalStateException("already installed");
        }
        root = implementation;
    }

    public static Root root() {
        Root r = root;
        if (r == null) {
            try {
                Class.forName("org.llamaffm.Model", true, Internals.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            r = root;
        }
        return r;
    }
}
