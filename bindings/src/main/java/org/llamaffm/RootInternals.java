package org.llamaffm;

import java.lang.foreign.MemorySegment;
import org.llamaffm.internal.Internals;

/** The implementation of {@link Internals.Root}: package-private access for org.llamaffm.chat and .embed. */
final class RootInternals implements Internals.Root {

    @Override
    public MemorySegment handle(Model model) {
        return model.handle();
    }

    @Override
    public boolean hasMemory(Context context) {
        return context.hasMemory();
    }

    @Override
    public Sampler.Builder chatGrammar(Sampler.Builder chain, String grammar, String renderedJson) {
        return chain.chatGrammar(grammar, renderedJson);
    }

    @Override
    public int[][] specialFrame(SpecialTokenText special) {
        return special.specialFrame();
    }
}
