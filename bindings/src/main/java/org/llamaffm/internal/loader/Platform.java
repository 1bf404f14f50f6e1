package org.llamaffm.internal.loader;

import java.util.List;
import java.util.Locale;

/** Names of platforms and library files, as the native build and the platform jars use them. */
public final class Platform {

    /** The system property that overrides the platform classifier to look for. */
    public static final String PLATFORM_PROPERTY = "llamaffm.native.platform";

    private Platform() {}

    /** {@code <os>-<arch>} of this JVM, e.g. {@code linux-x86_64}, {@code macos-aarch64}. */
    public static String current() {
        return os() + "-" + arch();
    }

    /** The classifiers to look for on the class path, most preferred first. */
    public static List<String> candidates() {
        String forced = System.getProperty(PLATFORM_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return List.of(forced.strip());
        }
        // A GPU build also carries the CPU backends, so it is preferred whenever it is present.
        return List.of(current() + "-cuda", current());
    }

    static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "macos";
        }
        if (name.startsWith("windows")) {
            return "windows";
        }
        return name.replaceAll("[^a-z0-9]+", "");
    }

    static String arch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch.replaceAll("[^a-z0-9_]+", "");
        };
    }

    /**
     * The file names a library built by CMake may have on this OS, most specific first:
     * {@code libllama.so.0} then {@code libllama.so} on Linux, {@code libllama.0.dylib} then
     * {@code libllama.dylib} on macOS, {@code llama.dll} on Windows.
     */
    static List<String> libraryFileNames(String base) {
        return switch (os()) {
            case "windows" -> List.of(base + ".dll");
            case "macos" -> List.of("lib" + base + ".0.dylib", "lib" + base + ".dylib");
            default -> List.of("lib" + base + ".so.0", "lib" + base + ".so");
        };
    }
}
