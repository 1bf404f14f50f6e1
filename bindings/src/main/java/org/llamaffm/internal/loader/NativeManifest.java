package org.llamaffm.internal.loader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The manifest written by the native build ({@code cmake/native-build.cmake}) beside the
 * libraries: which files to load in which order, which are dynamic backends, and the SHA-256 of
 * each.
 *
 * @param platform  the platform classifier, e.g. {@code linux-x86_64}
 * @param llamaCppCommit the llama.cpp commit of the build
 * @param shimVersion the shim's version
 * @param buildOptions the CMake options
 * @param load      libraries the loader opens itself, in dependency order
 * @param onDemand  libraries the loader opens, in this order, the first time a symbol is not in {@code load}'s
 *                  (the chat shim and llama.cpp's common library)
 * @param backends  ggml backend modules, opened by {@code ggml_backend_load_all_from_path}
 * @param sha256    lower-case hex SHA-256 of every file in {@code load}, {@code onDemand} and {@code backends}
 * @param digest    SHA-256 of the manifest bytes: identifies this exact build
 */
public record NativeManifest(
        String platform,
        String llamaCppCommit,
        String shimVersion,
        String buildOptions,
        List<String> load,
        List<String> onDemand,
        List<String> backends,
        Map<String, String> sha256,
        String digest) {

    /** The manifest's file name, beside the libraries. */
    public static final String FILE_NAME = "llama-ffm-native.properties";

    // A library file name: no separators, no "..": a manifest can never point outside its folder.
    private static final Pattern FILE_NAME_PATTERN = Pattern.compile("[A-Za-z0-9_+-][A-Za-z0-9._+-]{0,254}");
    private static final Pattern SHA256_PATTERN = Pattern.compile("[0-9a-f]{64}");

    /** All files the manifest lists: load order first, then the on-demand libraries, then backends. */
    public List<String> files() {
        return Stream.of(load, onDemand, backends).flatMap(List::stream).toList();
    }

    /**
     * Parses and validates a manifest.
     *
     * @param origin where the bytes came from, for error messages
     * @throws IOException naming the origin and the first problem found
     */
    public static NativeManifest parse(byte[] bytes, String origin) throws IOException {
        var props = new Properties();
        try {
            props.load(new ByteArrayInputStream(bytes));
        } catch (IllegalArgumentException e) {
            throw new IOException(origin + ": malformed manifest: " + e.getMessage(), e);
        }
        if (!"1".equals(props.getProperty("format"))) {
            throw new IOException(origin + ": unsupported manifest format '" + props.getProperty("format")
                    + "' (expected 1): the native jar and llama-ffm-bindings are from different versions");
        }
        List<String> load = names(props, "load", origin);
        List<String> onDemand = names(props, "ondemand", origin);
        List<String> backends = names(props, "backends", origin);
        if (load.isEmpty()) {
            throw new IOException(origin + ": manifest lists no libraries to load");
        }
        Map<String, String> sha = new LinkedHashMap<>();
        for (String name :
                Stream.of(load, onDemand, backends).flatMap(List::stream).toList()) {
            String hash = props.getProperty("sha256." + name);
            if (hash == null || !SHA256_PATTERN.matcher(hash).matches()) {
                throw new IOException(origin + ": manifest has no valid sha256 for " + name);
            }
            if (sha.put(name, hash) != null) {
                throw new IOException(origin + ": manifest lists " + name + " twice");
            }
        }
        return new NativeManifest(
                require(props, "platform", origin),
                require(props, "llama.cpp.commit", origin),
                require(props, "shim.version", origin),
                props.getProperty("build.options", ""),
                load,
                onDemand,
                backends,
                Map.copyOf(sha),
                sha256Hex(bytes));
    }

    private static String require(Properties props, String key, String origin) throws IOException {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(origin + ": manifest has no '" + key + "'");
        }
        return value.strip();
    }

    private static List<String> names(Properties props, String key, String origin) throws IOException {
        String value = props.getProperty(key, "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).toList();
        for (String name : names) {
            if (!FILE_NAME_PATTERN.matcher(name).matches() || name.contains("..")) {
                throw new IOException(
                        origin + ": manifest entry '" + name + "' in '" + key + "' is not a plain file name");
            }
        }
        return names;
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** For messages: the manifest as one line. */
    @Override
    public String toString() {
        return "NativeManifest[" + platform + ", llama.cpp " + llamaCppCommit + ", shim " + shimVersion + ", "
                + load.size() + " libraries, " + backends.size() + " backends]";
    }
}
