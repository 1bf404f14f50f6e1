package org.llamaffm.internal.ffi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code MemoryLayout}s against the C compiler: the shim's layout probe
 * ({@code native/src/generated/llama_ffm_layout_probe.c}, written by the generator, compiled with the shim
 * against the same headers) reports sizeof, _Alignof and offsetof of every struct and field;
 * every one must match, and every struct class and every member of its layout must be in the probe.
 */
class LayoutProbeTest {

    private record Entry(String struct, long a, long b) {}

    private static final Map<String, Entry> STRUCTS = new LinkedHashMap<>();
    /** "struct path" -> (offset, size) */
    private static final Map<String, Entry> FIELDS = new LinkedHashMap<>();

    @BeforeAll
    static void probe() {
        String text;
        try (Arena arena = Arena.ofConfined()) {
            long length = llama_ffm_shim_h.llama_ffm_layout_probe(MemorySegment.NULL, 0);
            MemorySegment buffer = arena.allocate(length + 1);
            assertThat(llama_ffm_shim_h.llama_ffm_layout_probe(buffer, buffer.byteSize()))
                    .isEqualTo(length);
            text = buffer.getString(0);
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "struct" ->
                    STRUCTS.put(parts[1], new Entry(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
                case "field" ->
                    FIELDS.put(
                            parts[1] + " " + parts[2],
                            new Entry(parts[1], Long.parseLong(parts[3]), Long.parseLong(parts[4])));
                default -> throw new AssertionError("unexpected probe line: " + line);
            }
        }
    }

    private static GroupLayout layout(String className) throws ReflectiveOperationException {
        return (GroupLayout) Class.forName(LayoutProbeTest.class.getPackageName() + "." + className)
                .getField("LAYOUT")
                .get(null);
    }

    private static PathElement[] path(String dotted) {
        return Arrays.stream(dotted.split("\\.")).map(PathElement::groupElement).toArray(PathElement[]::new);
    }

    @Test
    void everyStructHasTheSizeAndAlignmentTheCompilerGivesIt() throws ReflectiveOperationException {
        assertThat(STRUCTS)
                .hasSizeGreaterThan(30)
                .containsKeys(
                        "llama_model_params",
                        "llama_context_params",
                        "llama_batch",
                        "ggml_tensor",
                        "gguf_init_params",
                        "llama_model_kv_override",
                        "ggml_opt_optimizer_params");
        SoftAssertions soft = new SoftAssertions();
        for (Entry struct : STRUCTS.values()) {
            GroupLayout layout = layout(struct.struct());
            soft.assertThat(layout.byteSize()).as("sizeof " + struct.struct()).isEqualTo(struct.a());
            soft.assertThat(layout.byteAlignment())
                    .as("_Alignof " + struct.struct())
                    .isEqualTo(struct.b());
        }
        soft.assertAll();
    }

    @Test
    void everyFieldHasTheOffsetAndSizeTheCompilerGivesIt() throws ReflectiveOperationException {
        assertThat(FIELDS).hasSizeGreaterThan(200);
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Entry> field : FIELDS.entrySet()) {
            String dotted = field.getKey().substring(field.getKey().indexOf(' ') + 1);
            GroupLayout layout = layout(field.getValue().struct());
            soft.assertThat(layout.byteOffset(path(dotted)))
                    .as("offsetof " + field.getKey())
                    .isEqualTo(field.getValue().a());
            soft.assertThat(layout.select(path(dotted)).byteSize())
                    .as("sizeof " + field.getKey())
                    .isEqualTo(field.getValue().b());
        }
        soft.assertAll();
        System.out.printf(
                "layout probe: %d structs and %d fields match the C compiler%n", STRUCTS.size(), FIELDS.size());
    }

    @Test
    void everyMemberOfEveryGeneratedLayoutIsCheckedByTheProbe() throws Exception {
        Set<String> unchecked = new TreeSet<>();
        for (String className : generatedStructClasses()) {
            if (!STRUCTS.containsKey(className)) {
                unchecked.add(className + " (the whole struct)");
                continue;
            }
            collectMembers(className, layout(className), "", unchecked);
        }
        assertThat(unchecked).as("layout members the probe does not report").isEmpty();
    }

    private static void collectMembers(String struct, GroupLayout group, String prefix, Set<String> unchecked) {
        for (MemoryLayout member : group.memberLayouts()) {
            if (member instanceof PaddingLayout) {
                continue;
            }
            String name = member.name().orElseThrow(() -> new AssertionError("unnamed member in " + struct));
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (!name.startsWith("$anon") && !FIELDS.containsKey(struct + " " + path)) {
                unchecked.add(struct + " " + path);
            }
            if (member instanceof GroupLayout nested) {
                collectMembers(struct, nested, path, unchecked);
            }
        }
    }

    /** Top-level classes of the generated package with a public static GroupLayout LAYOUT. */
    private static List<String> generatedStructClasses()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(llama_h.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(LayoutProbeTest.class.getPackageName().replace('.', '/'));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                String simple = name.substring(0, name.length() - ".class".length());
                Class<?> type = Class.forName(LayoutProbeTest.class.getPackageName() + "." + simple);
                for (Field f : type.getFields()) {
                    if (f.getName().equals("LAYOUT")
                            && Modifier.isStatic(f.getModifiers())
                            && f.getType() == GroupLayout.class
                            && !type.isInterface()) {
                        names.add(simple);
                    }
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(30);
        return names;
    }
}
