package org.llamaffm.internal.loader;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Libraries the loader opens, in order, only when a symbol is first looked up in them: the chat shim and
 * llama.cpp's common library, which a program that only generates, embeds or benchmarks never needs. Symbols
 * are looked up once per function (the generated bindings keep each handle), so the lock is not on a hot path.
 * A failure to open them is kept, logged once, and named by {@link #problem()}: the symbol is then missing.
 */
public final class OnDemandLibraries implements SymbolLookup {

    private static final System.Logger LOG = System.getLogger(OnDemandLibraries.class.getName());

    private final List<Path> files;
    private SymbolLookup opened;
    private String problem = "";

    OnDemandLibraries(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The libraries, in the order they are opened. */
    public List<Path> files() {
        return files;
    }

    /** True once they were opened (by a lookup their symbols needed). */
    public synchronized boolean isOpen() {
        return opened != null;
    }

    /** Why they could not be opened; empty when they were, or were not tried. */
    public synchronized String problem() {
        return problem;
    }

    @Override
    public synchronized Optional<MemorySegment> find(String name) {
        if (opened == null && problem.isEmpty() && !files.isEmpty()) {
            try {
                SymbolLookup lookup = null;
                for (Path file : files) {
                    SymbolLookup library = NativeLoader.open(file);
                    lookup = lookup == null ? library : lookup.or(library);
                }
                opened = lookup;
                LOG.log(Level.DEBUG, () -> "llama-ffm: opened on demand " + files);
            } catch (IOException e) {
                problem = e.getMessage();
                LOG.log(Level.WARNING, "llama-ffm: " + problem);
            }
        }
        return opened == null ? Optional.empty() : opened.find(name);
    }
}
