package org.llamaffm.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llamaffm.generator.Model.Constant;
import org.llamaffm.generator.Model.Field;
import org.llamaffm.generator.Model.Function;
import org.llamaffm.generator.Model.Header;
import org.llamaffm.generator.Model.Primitive;
import org.llamaffm.generator.Model.StructDecl;

/** The generator on edge.h, a header with one of each construct: what it reads and what it writes. */
class GeneratorTest {

    private static final Header EDGE = new Header("edge.h", "edge_h", "the test header");
    private static Arena arena;
    private static Clang clang;
    private static Path dir;
    private static HeaderReader.Result model;
    private static Map<String, String> java;

    @BeforeAll
    static void read() throws URISyntaxException {
        Path library;
        try {
            library = Clang.locate();
        } catch (GeneratorException e) {
            assumeTrue(false, "libclang is not installed: " + e.getMessage());
            return;
        }
        arena = Arena.ofConfined();
        clang = new Clang(library, arena);
        dir = Path.of(GeneratorTest.class.getResource("/edge/edge.h").toURI()).getParent();
        model = reader(Set.of("edge_size")).read();
        java = new JavaWriter("0123456789abcdef0123456789abcdef01234567").write(model, List.of(EDGE));
    }

    @AfterAll
    static void close() {
        if (arena != null) {
            arena.close();
        }
    }

    private static HeaderReader reader(Set<String> critical) {
        return new HeaderReader(
                clang, Map.of(dir.resolve("edge.h").toAbsolutePath().normalize(), EDGE), List.of(dir), critical);
    }

    private static Function function(String name) {
        return model.functions.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static StructDecl struct(String name) {
        return model.structs.stream()
                .filter(s -> s.javaName.equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void functionsAreBoundExceptVariadicAndStaticInlineOnes() {
        assertThat(model.functions)
                .extracting(Function::name)
                .containsExactly("edge_add", "edge_make_pair", "edge_use", "edge_size", "edge_keywords", "edge_old");
        assertThat(model.skipped).containsOnlyKeys("edge_printf", "edge_inline");
        assertThat(model.skipped.get("edge_printf")[1]).startsWith("variadic");
        assertThat(model.skipped.get("edge_inline")[1]).startsWith("static inline");
        assertThat(function("edge_add").signature().params())
                .extracting(Model.Param::type)
                .containsExactly(Primitive.INT, Primitive.INT);
    }

    @Test
    void deprecatedFunctionsCarryTheirMessage() {
        assertThat(function("edge_old").deprecation()).contains("use edge_add instead");
        assertThat(function("edge_add").deprecation()).isEmpty();
        assertThat(java.get("edge_h.java"))
                .contains("@deprecated use edge_add instead\n     */\n    @Deprecated\n"
                        + "    public static int edge_old(int a)");
    }

    @Test
    void javaKeywordsAndMissingNamesBecomeValidParameterNames() {
        assertThat(function("edge_keywords").signature().params())
                .extracting(Model.Param::name)
                .containsExactly("new_", "class_", "arg2");
    }

    @Test
    void structsByValueTakeAnAllocatorWhenReturnedAndTheirLayoutWhenPassed() {
        String source = java.get("edge_h.java");
        assertThat(source)
                .contains(
                        "public static MemorySegment edge_make_pair(SegmentAllocator allocator, int first, int second)")
                .contains("return (MemorySegment) edge_make_pair$.HANDLE.invokeExact(allocator, first, second);")
                .contains("FunctionDescriptor.of(edge_pair_t.LAYOUT, JAVA_INT, JAVA_INT)")
                .contains("FunctionDescriptor.ofVoid(edge_value.LAYOUT, ADDRESS, ADDRESS)");
    }

    @Test
    void criticalFunctionsUseTheCriticalLinkerOption() {
        assertThat(java.get("edge_h.java"))
                .contains("NativeSymbols.downcallCritical(\"edge_size\", \"edge.h\"")
                .contains("NativeSymbols.downcall(\"edge_add\", \"edge.h\"");
        assertThatThrownBy(() -> reader(Set.of("edge_nothing")).read())
                .isInstanceOf(GeneratorException.class)
                .hasMessage("critical function edge_nothing is not declared in the headers");
    }

    @Test
    void structMembersKeepTheCompilersOffsets() {
        StructDecl value = struct("edge_value");
        assertThat(value.cName).isEqualTo("struct edge_value");
        assertThat(value.fields)
                .extracting(Field::name)
                .containsExactly("kind", "name", "$anon0", "inner", "on_event", "callback", "flag");
        assertThat(value.fields).extracting(Field::offset).containsExactly(0L, 4L, 24L, 32L, 40L, 48L, 56L);
        assertThat(value.size).isEqualTo(64);
        assertThat(value.alignment).isEqualTo(8);
        assertThat(struct("edge_pair_t").cName).isEqualTo("edge_pair_t");
        assertThat(model.opaque).containsOnlyKeys("edge_handle");
    }

    @Test
    void layoutsHavePaddingAnonymousMembersNestedClassesAndCallbackInterfaces() {
        String source = java.get("edge_value.java");
        assertThat(source)
                .startsWith("// Generated from edge.h at llama.cpp 0123456789abcdef0123456789abcdef01234567 "
                        + "by the llama-ffm bindings generator. Do not edit.\n")
                .contains(
                        "MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName(\"name\"),\n        MemoryLayout.paddingLayout(4),")
                .contains("MemoryLayout.unionLayout(")
                .contains("JAVA_BOOLEAN.withName(\"flag\"),\n        MemoryLayout.paddingLayout(7))")
                .contains("LAYOUT.byteOffset(groupElement(\"$anon0\"), groupElement(\"i\"))")
                .contains("public static long i(MemorySegment struct)")
                .contains("public static final class inner {")
                .contains("(GroupLayout) edge_value.LAYOUT.select(groupElement(\"inner\"))")
                .contains("public static interface on_event {")
                .contains("void apply(MemorySegment handle, int code);")
                .contains("public static byte name(MemorySegment struct, long index)");
        assertThat(java.get("edge_callback.java"))
                .contains("public interface edge_callback {")
                .contains("boolean apply(float progress, MemorySegment user_data);")
                .contains("FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_FLOAT, ADDRESS);");
        assertThat(java.get("edge_pair_maker.java"))
                .contains(
                        "static MemorySegment invoke(MemorySegment function, SegmentAllocator allocator, MemorySegment user_data)");
    }

    @Test
    void definesBecomeConstantsOfTheirType() {
        assertThat(model.constants)
                .extracting(Constant::name, Constant::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EDGE_INT", 42),
                        org.assertj.core.groups.Tuple.tuple("EDGE_NEG", -3),
                        org.assertj.core.groups.Tuple.tuple("EDGE_SEED", -1),
                        org.assertj.core.groups.Tuple.tuple("EDGE_BIG", 1L << 40),
                        org.assertj.core.groups.Tuple.tuple("EDGE_EXPR", 84),
                        org.assertj.core.groups.Tuple.tuple("EDGE_NAME", "edge"),
                        org.assertj.core.groups.Tuple.tuple("EDGE_RATIO", 0.5));
        String source = java.get("edge_h.java");
        assertThat(source)
                .contains("public static final long EDGE_BIG = 1099511627776L;")
                .contains("public static final String EDGE_NAME = \"edge\";")
                .contains("public static final int EDGE_KIND_B = 5;")
                .contains("public static final int EDGE_KIND_C = 6;")
                .contains("public static final int EDGE_ANON_ONE = 1;");
    }

    @Test
    void theProbeNamesEveryFieldTheWayCAndTheLayoutDo() {
        String probe = new ProbeWriter("0123456789abcdef0123456789abcdef01234567").write(model, List.of(EDGE));
        assertThat(probe)
                .contains("#include \"edge.h\"")
                .contains("LLAMA_FFM_STRUCT(\"edge_value\", struct edge_value),")
                .contains("LLAMA_FFM_FIELD(\"edge_value\", \"$anon0.d\", struct edge_value, d),")
                .contains("LLAMA_FFM_FIELD(\"edge_value\", \"inner.y\", struct edge_value, inner.y),")
                .contains("LLAMA_FFM_STRUCT(\"edge_pair_t\", edge_pair_t),");
    }

    @Test
    void outputDoesNotDependOnWhereTheHeadersAre() {
        String probe = new ProbeWriter("0123456789abcdef0123456789abcdef01234567").write(model, List.of(EDGE));
        assertThat(java.values()).noneMatch(source -> source.contains(dir.toString()));
        assertThat(probe).doesNotContain(dir.toString());
        assertThat(java.get("edge_value.java")).contains("/** {@code struct { ... } inner} */");
    }

    @Test
    void outputIsTheSameEveryRun() {
        HeaderReader.Result again = reader(Set.of("edge_size")).read();
        assertThat(new JavaWriter("0123456789abcdef0123456789abcdef01234567").write(again, List.of(EDGE)))
                .isEqualTo(java);
    }
}
