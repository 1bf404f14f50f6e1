package org.llamaffm.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.llamaffm.generator.Model.Header;
import org.llamaffm.generator.Model.StructDecl;

/**
 * The llama-ffm bindings generator: reads llama.cpp's, ggml's and the shim's headers through
 * libclang and writes the FFM bindings ({@code org.llamaffm.internal.ffi}) and the layout probe
 * (a C file compiled into the shim). Output is deterministic, so regenerating unchanged inputs
 * changes no file; a file is rewritten only when its contents change, and generated files that
 * are no longer produced are deleted.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp bindings-generator/target/classes \
 *      org.llamaffm.generator.Generator --source-info FILE --shim-header FILE --java-out DIR --probe-out FILE
 * </pre>
 *
 * {@code --source-info} is the properties file the build writes ({@code llama.cpp.dir},
 * {@code llama.cpp.commit}); libclang is found as {@link Clang#locate()} says.
 */
public final class Generator {

    /** The headers bound, in the order their classes are listed in the report. */
    static final List<Header> HEADERS = List.of(
            new Header("llama.h", "llama_h", "llama.cpp's C API"),
            new Header("ggml.h", "ggml_h", "ggml, the tensor library"),
            new Header("ggml-alloc.h", "ggml_alloc_h", "ggml's tensor allocator"),
            new Header("ggml-backend.h", "ggml_backend_h", "ggml backends, devices and buffers"),
            new Header("ggml-cpu.h", "ggml_cpu_h", "ggml's CPU backend"),
            new Header("ggml-opt.h", "ggml_opt_h", "ggml's optimizer (used by llama.h's training API)"),
            new Header("gguf.h", "gguf_h", "the GGUF file format"),
            new Header("ggml-cuda.h", "ggml_cuda_h", "ggml's CUDA backend (present only in CUDA builds)"),
            new Header("ggml-metal.h", "ggml_metal_h", "ggml's Metal backend (present only in Metal builds)"),
            new Header("llama_ffm_shim.h", "llama_ffm_shim_h", "the llama-ffm native shim"));

    private static final String MARKER = "// Generated from ";

    private Generator() {}

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (GeneratorException | UncheckedIOException e) {
            System.err.println("bindings-generator: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Set<String> known = Set.of("--source-info", "--shim-header", "--java-out", "--probe-out");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new GeneratorException("usage: Generator --source-info FILE --shim-header FILE --java-out DIR "
                        + "--probe-out FILE (got " + String.join(" ", args) + ")");
            }
            options.put(args[i], args[i + 1]);
        }
        for (String option : known) {
            if (!options.containsKey(option)) {
                throw new GeneratorException(option + " is required");
            }
        }
        return options;
    }

    private static void run(Map<String, String> options) {
        long start = System.nanoTime();
        Properties source = new Properties();
        Path sourceInfo = Path.of(options.get("--source-info"));
        try (InputStream in = Files.newInputStream(sourceInfo)) {
            source.load(in);
        } catch (IOException e) {
            throw new GeneratorException(
                    "cannot read " + sourceInfo + " (run the native build first): " + e.getMessage());
        }
        Path llamaCpp = Path.of(source.getProperty("llama.cpp.dir", ""));
        String commit = source.getProperty("llama.cpp.commit", "");
        if (!commit.matches("[0-9a-f]{40}") || !Files.isRegularFile(llamaCpp.resolve("include/llama.h"))) {
            throw new GeneratorException(sourceInfo + " does not name a llama.cpp tree and commit");
        }
        Path shimHeader = Path.of(options.get("--shim-header")).toAbsolutePath().normalize();
        List<Path> includeDirs =
                List.of(llamaCpp.resolve("include"), llamaCpp.resolve("ggml/include"), shimHeader.getParent());
        Map<Path, Header> headers = new LinkedHashMap<>();
        for (Header header : HEADERS) {
            Path file = includeDirs.stream()
                    .map(d -> d.resolve(header.file()))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .orElseThrow(() -> new GeneratorException(header.file() + " not found in " + includeDirs));
            headers.put(file.toAbsolutePath().normalize(), header);
        }

        try (Arena arena = Arena.ofConfined()) {
            Clang clang = new Clang(Clang.locate(), arena);
            System.out.println("bindings-generator: " + clang.version() + " (" + clang.library() + ")");
            HeaderReader.Result model = new HeaderReader(clang, headers, includeDirs, criticalFunctions()).read();
            Map<String, String> javaFiles = new JavaWriter(commit).write(model, HEADERS);
            String probe = new ProbeWriter(commit).write(model, HEADERS);
            int changed = writeJava(Path.of(options.get("--java-out")), javaFiles);
            changed += writeIfChanged(Path.of(options.get("--probe-out")), probe) ? 1 : 0;
            report(model, javaFiles.size(), changed, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static Set<String> criticalFunctions() {
        try (InputStream in = Generator.class.getResourceAsStream("critical-functions.txt")) {
            Set<String> names = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the package's files and deletes generated files it no longer has. @return files changed */
    private static int writeJava(Path dir, Map<String, String> files) {
        int changed = 0;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> existing = Files.list(dir)) {
                for (Path file : existing.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java")
                            && !files.containsKey(name)
                            && Files.readString(file).startsWith(MARKER)) {
                        Files.delete(file);
                        changed++;
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                changed += writeIfChanged(dir.resolve(file.getKey()), file.getValue()) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** Replaces {@code file} atomically (temporary file, then move) when {@code contents} differ. */
    private static boolean writeIfChanged(Path file, String contents) {
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(contents)) {
                return false;
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, contents);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(HeaderReader.Result model, int files, int changed, long millis) {
        System.out.println("bindings-generator: coverage per header");
        System.out.printf(
                "  %-18s %9s %10s %8s %7s %6s %9s %9s %9s %7s%n",
                "header",
                "functions",
                "deprecated",
                "skipped",
                "structs",
                "unions",
                "enums",
                "callbacks",
                "constants",
                "opaque");
        for (Header h : HEADERS) {
            long functions =
                    model.functions.stream().filter(f -> f.header() == h).count();
            long deprecated = model.functions.stream()
                    .filter(f -> f.header() == h && f.deprecation().isPresent())
                    .count();
            long skipped = model.skipped.values().stream()
                    .filter(s -> s[0].equals(h.file()))
                    .count();
            long structs = model.structs.stream()
                    .filter(s -> s.header == h && !s.union)
                    .count();
            long unions =
                    model.structs.stream().filter(s -> s.header == h && s.union).count();
            long enums = model.enums.stream().filter(e -> e.header() == h).count();
            long enumValues = model.enums.stream()
                    .filter(e -> e.header() == h)
                    .mapToLong(e -> e.constants().size())
                    .sum();
            long callbacks =
                    model.callbacks.stream().filter(c -> c.header() == h).count()
                            + model.structs.stream()
                                    .filter(s -> s.header == h)
                                    .mapToLong(Generator::fieldCallbacks)
                                    .sum();
            long constants =
                    model.constants.stream().filter(c -> c.header() == h).count();
            long opaque = model.opaque.values().stream().filter(o -> o == h).count();
            System.out.printf(
                    "  %-18s %9d %10d %8d %7d %6d %9s %9d %9d %7d%n",
                    h.file(),
                    functions,
                    deprecated,
                    skipped,
                    structs,
                    unions,
                    enums + "/" + enumValues,
                    callbacks,
                    constants,
                    opaque);
        }
        List<String> notBound = new ArrayList<>();
        model.skipped.forEach((name, why) -> notBound.add(name + " (" + why[0] + "): " + why[1]));
        if (!notBound.isEmpty()) {
            System.out.println("bindings-generator: not bound:\n  " + String.join("\n  ", notBound));
        }
        long fields = model.structs.stream().mapToLong(Generator::fieldCount).sum();
        System.out.printf(
                "bindings-generator: %d structs/unions with %d fields; %d files, %d changed; %d ms%n",
                model.structs.size(), fields, files, changed, millis);
    }

    private static long fieldCallbacks(StructDecl s) {
        return s.callbacks.size()
                + s.nested.stream().mapToLong(Generator::fieldCallbacks).sum()
                + s.fields.stream()
                        .filter(f -> f.anonymous())
                        .mapToLong(f -> fieldCallbacks(((Model.Record) f.type()).decl()))
                        .sum();
    }

    private static long fieldCount(StructDecl s) {
        long count = 0;
        for (Model.Field f : s.fields) {
            if (f.anonymous() || (f.type() instanceof Model.Record r && r.decl().cName == null)) {
                count += fieldCount(((Model.Record) f.type()).decl());
            }
            count += f.anonymous() ? 0 : 1;
        }
        return count;
    }
}
