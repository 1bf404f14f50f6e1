package org.llamaffm.internal.loader;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.llamaffm.LibrarySource;
import org.llamaffm.NativeLibraryException;

/**
 * Finds, verifies and loads the native libraries: the folder in {@value #PATH_PROPERTY}, then
 * {@code java.library.path}, then the platform jar on the class path, extracted into a cache
 * folder. Libraries are opened in dependency order, each by its absolute path, so a libggml or
 * libllama installed elsewhere on the system is never picked up by accident. The chat shim and
 * llama.cpp's common library are opened only when one of their symbols is first looked up
 * ({@link OnDemandLibraries}).
 */
public final class NativeLoader {

    /** System property: a folder holding the libraries (and, ideally, their manifest). */
    public static final String PATH_PROPERTY = "llamaffm.native.path";
    /** System property: the folder to extract the platform jar into. */
    public static final String CACHE_PROPERTY = "llamaffm.native.cache";

    private static final System.Logger LOG = System.getLogger(NativeLoader.class.getName());
    private static final String SHIM = "llama-ffm-shim";
    // Loaded in this order when a folder has no manifest; ggml-cpu is absent in GGML_BACKEND_DL builds.
    private static final List<String> CORE = List.of("ggml-base", "ggml-cpu", "ggml", "llama", SHIM);
    private static final List<String> OPTIONAL = List.of("ggml-cpu");
    // Opened on first need, in this order, when a folder has no manifest (see OnDemandLibraries).
    private static final List<String> ON_DEMAND = List.of("llama-common", "llama-ffm-chat");

    /**
     * Where to look.
     *
     * @param explicitFolder the {@value #PATH_PROPERTY} folder, if set
     * @param libraryPath    the {@code java.library.path} entries
     * @param platforms      platform classifiers to look for on the class path, preferred first
     * @param classLoader    the loader whose class path holds the platform jar
     * @param cacheBases     folders to extract into, preferred first
     */
    public record Config(
            Optional<Path> explicitFolder,
            List<Path> libraryPath,
            List<String> platforms,
            ClassLoader classLoader,
            List<Path> cacheBases) {

        /** The configuration of this JVM: system properties, environment, our class loader. */
        public static Config fromSystem() {
            String explicit = System.getProperty(PATH_PROPERTY);
            List<Path> libraryPath = Arrays.stream(
                            System.getProperty("java.library.path", "").split(File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
            return new Config(
                    explicit == null || explicit.isBlank() ? Optional.empty() : Optional.of(Path.of(explicit)),
                    libraryPath,
                    Platform.candidates(),
                    NativeLoader.class.getClassLoader(),
                    defaultCacheBases());
        }

        private static List<Path> defaultCacheBases() {
            String explicit = System.getProperty(CACHE_PROPERTY);
            if (explicit != null && !explicit.isBlank()) {
                return List.of(Path.of(explicit));
            }
            List<Path> bases = new ArrayList<>();
            cacheRoot().ifPresent(root -> bases.add(root.resolve("native")));
            bases.add(tempRoot().resolve("native"));
            return List.copyOf(bases);
        }
    }

    /** The fallback cache folder, per user, in the temp folder. */
    public static Path tempRoot() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "llama-ffm-" + user);
    }

    /**
     * The llama-ffm cache folder, chosen as cmake/llama-cpp-source.cmake (llama_ffm_cache_dir)
     * chooses it for the native build: $LLAMA_FFM_CACHE, else $XDG_CACHE_HOME/llama-ffm, else the
     * platform's user cache folder + llama-ffm; empty when none can be named.
     */
    public static Optional<Path> cacheRoot() {
        String shared = System.getenv("LLAMA_FFM_CACHE");
        if (shared != null && !shared.isBlank()) {
            return Optional.of(Path.of(shared));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "llama-ffm"));
        }
        String home = System.getProperty("user.home");
        return switch (Platform.os()) {
            case "windows" -> Optional.ofNullable(System.getenv("LOCALAPPDATA")).map(p -> Path.of(p, "llama-ffm"));
            case "macos" -> Optional.ofNullable(home).map(h -> Path.of(h, "Library", "Caches", "llama-ffm"));
            default -> Optional.ofNullable(home).map(h -> Path.of(h, ".cache", "llama-ffm"));
        };
    }

    /**
     * The loaded libraries.
     *
     * @param folder          where they were loaded from
     * @param source          how that folder was found
     * @param manifest        the folder's manifest, when it has one
     * @param lookup          finds symbols in every library the loader opened, then in {@code onDemand}'s
     * @param onDemand        the libraries opened on first need (chat, llama.cpp's common library)
     * @param dynamicBackends true when ggml backends are separate modules that
     *                        {@code ggml_backend_load_all_from_path(folder)} must load
     */
    public record Loaded(
            Path folder,
            LibrarySource source,
            Optional<NativeManifest> manifest,
            SymbolLookup lookup,
            OnDemandLibraries onDemand,
            boolean dynamicBackends) {}

    private static Loaded system;

    private NativeLoader() {}

    /** The libraries of this JVM, loaded on first use with {@link Config#fromSystem()}. */
    public static synchronized Loaded system() {
        if (system == null) {
            system = load(Config.fromSystem());
            LOG.log(Level.DEBUG, "llama-ffm: native libraries from " + system.folder() + " (" + system.source() + ")");
        }
        return system;
    }

    /**
     * Loads the libraries as {@code config} says.
     *
     * @throws NativeLibraryException listing every place tried when none works
     */
    public static Loaded load(Config config) {
        List<String> tried = new ArrayList<>();
        List<String> hints = new ArrayList<>();

        if (config.explicitFolder().isPresent()) {
            Path folder = config.explicitFolder().get();
            try {
                return loadFolder(folder, LibrarySource.EXPLICIT_PATH, readManifest(folder));
            } catch (IOException e) {
                tried.add("-D" + PATH_PROPERTY + "=" + folder + ": " + e.getMessage());
                LOG.log(
                        Level.WARNING,
                        "llama-ffm: " + PATH_PROPERTY + " is set but unusable, trying other places: " + e.getMessage());
            }
        } else {
            tried.add("-D" + PATH_PROPERTY + ": not set");
        }

        List<String> shimNames = Platform.libraryFileNames(SHIM);
        for (Path folder : config.libraryPath()) {
            if (shimNames.stream().noneMatch(n -> Files.isRegularFile(folder.resolve(n)))) {
                tried.add("java.library.path " + folder + ": no " + shimNames.getFirst());
                continue;
            }
            try {
                return loadFolder(folder, LibrarySource.JAVA_LIBRARY_PATH, readManifest(folder));
            } catch (IOException e) {
                tried.add("java.library.path " + folder + ": " + e.getMessage());
            }
        }
        if (config.libraryPath().isEmpty()) {
            tried.add("java.library.path: empty");
        }

        boolean anyJar = false;
        for (String platform : config.platforms()) {
            String dir = "META-INF/native/" + platform + "/";
            byte[] manifestBytes;
            try (InputStream in = config.classLoader().getResourceAsStream(dir + NativeManifest.FILE_NAME)) {
                if (in == null) {
                    tried.add("class path " + dir + NativeManifest.FILE_NAME + ": not found");
                    continue;
                }
                manifestBytes = in.readAllBytes();
            } catch (IOException e) {
                tried.add("class path " + dir + NativeManifest.FILE_NAME + ": unreadable: " + e.getMessage());
                continue;
            }
            anyJar = true;
            NativeManifest manifest;
            try {
                manifest = NativeManifest.parse(manifestBytes, "class path " + dir + NativeManifest.FILE_NAME);
            } catch (IOException e) {
                tried.add(e.getMessage());
                continue;
            }
            for (Path base : config.cacheBases()) {
                if (MountTable.isNoExec(base)) {
                    tried.add("cache folder " + base
                            + ": on a file system mounted noexec, where libraries cannot be loaded");
                    hints.add("point -D" + CACHE_PROPERTY + " at a folder on a file system without noexec");
                    continue;
                }
                try {
                    NativeExtractor.Result result =
                            NativeExtractor.extract(manifest, manifestBytes, config.classLoader(), dir, base);
                    if (!result.repaired().isEmpty()) {
                        LOG.log(
                                Level.WARNING,
                                "llama-ffm: replaced damaged native files in " + result.folder() + ": "
                                        + String.join("; ", result.repaired()));
                    }
                    return loadFolder(result.folder(), LibrarySource.EXTRACTED, Optional.of(manifest));
                } catch (IOException e) {
                    tried.add("extract " + platform + " into " + base + ": " + e.getMessage());
                }
            }
        }
        if (!anyJar) {
            hints.add("add the platform jar to the class path: org.llamaffm:llama-ffm-native:<version>:"
                    + config.platforms().getLast() + " (build it with 'mvn install'), or set -D" + PATH_PROPERTY
                    + " to a folder of llama-ffm native libraries");
        }
        if (!NativeLoader.class.getModule().isNativeAccessEnabled()) {
            hints.add("run java with --enable-native-access=" + moduleNameForFlag()
                    + " (this JVM did not grant native access to llama-ffm)");
        }
        throw new NativeLibraryException(
                "llama-ffm could not load its native libraries for " + Platform.current() + ".", tried, hints);
    }

    private static String moduleNameForFlag() {
        Module module = NativeLoader.class.getModule();
        return module.isNamed() ? module.getName() : "ALL-UNNAMED";
    }

    private static Optional<NativeManifest> readManifest(Path folder) throws IOException {
        Path file = folder.resolve(NativeManifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(NativeManifest.parse(Files.readAllBytes(file), file.toString()));
    }

    private static Loaded loadFolder(Path folder, LibrarySource source, Optional<NativeManifest> manifest)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no such folder");
        }
        List<Path> files = new ArrayList<>();
        List<Path> onDemand = new ArrayList<>();
        boolean dynamicBackends;
        if (manifest.isPresent()) {
            List<String> problems = NativeExtractor.verify(folder, manifest.get());
            if (!problems.isEmpty()) {
                throw new IOException("does not match its manifest: " + String.join("; ", problems));
            }
            manifest.get().load().forEach(n -> files.add(folder.resolve(n)));
            manifest.get()
                    .onDemand()
                    .forEach(n -> onDemand.add(folder.resolve(n).toAbsolutePath()));
            dynamicBackends = !manifest.get().backends().isEmpty();
        } else {
            boolean hasCpu = false;
            for (String base : CORE) {
                Optional<Path> file = Platform.libraryFileNames(base).stream()
                        .map(folder::resolve)
                        .filter(Files::isRegularFile)
                        .findFirst();
                if (file.isPresent()) {
                    files.add(file.get());
                    hasCpu |= base.equals("ggml-cpu");
                } else if (!OPTIONAL.contains(base)) {
                    throw new IOException(
                            "no " + Platform.libraryFileNames(base).getFirst());
                }
            }
            for (String base : ON_DEMAND) {
                Platform.libraryFileNames(base).stream()
                        .map(folder::resolve)
                        .filter(Files::isRegularFile)
                        .findFirst()
                        .ifPresent(file -> onDemand.add(file.toAbsolutePath()));
            }
            dynamicBackends = !hasCpu;
        }
        SymbolLookup lookup = null;
        for (Path file : files) {
            SymbolLookup library = open(file.toAbsolutePath());
            lookup = lookup == null ? library : lookup.or(library);
        }
        OnDemandLibraries later = new OnDemandLibraries(onDemand);
        return new Loaded(folder.toAbsolutePath(), source, manifest, lookup.or(later), later, dynamicBackends);
    }

    static SymbolLookup open(Path file) throws IOException {
        try {
            return SymbolLookup.libraryLookup(file, Arena.global());
        } catch (IllegalCallerException e) {
            throw new IOException("native access is denied to llama-ffm (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot load " + file + ": " + osReason(file), e);
        }
    }

    // SymbolLookup does not say why dlopen failed; System.load does, in its UnsatisfiedLinkError.
    private static String osReason(Path file) {
        try {
            System.load(file.toString());
            return "the OS loader accepted it on a second try";
        } catch (UnsatisfiedLinkError e) {
            String reason = e.getMessage();
            String lower = reason.toLowerCase(Locale.ROOT);
            if (lower.contains("failed to map segment") || lower.contains("operation not permitted")) {
                reason += " (the folder is probably on a file system mounted noexec; set -D" + CACHE_PROPERTY
                        + " to a folder elsewhere)";
            }
            return reason;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
