package org.llamaffm.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llamaffm.generator.Model.Array;
import org.llamaffm.generator.Model.CType;
import org.llamaffm.generator.Model.Callback;
import org.llamaffm.generator.Model.Constant;
import org.llamaffm.generator.Model.EnumConstant;
import org.llamaffm.generator.Model.EnumDecl;
import org.llamaffm.generator.Model.Field;
import org.llamaffm.generator.Model.Function;
import org.llamaffm.generator.Model.Header;
import org.llamaffm.generator.Model.Param;
import org.llamaffm.generator.Model.Pointer;
import org.llamaffm.generator.Model.Primitive;
import org.llamaffm.generator.Model.Record;
import org.llamaffm.generator.Model.Signature;
import org.llamaffm.generator.Model.StructDecl;

/**
 * Writes the Java sources: per header a class of constants, enum values and functions (each
 * function's downcall handle in a holder class, so a symbol is looked up on first call and a
 * missing one fails that call, not the class); per struct/union a class with its
 * {@code MemoryLayout} and static accessors; per callback type a functional interface with an
 * upcall factory.
 */
final class JavaWriter {

    static final String PACKAGE = "org.llamaffm.internal.ffi";

    private final String commit;
    private final Map<String, String> files = new LinkedHashMap<>();

    JavaWriter(String commit) {
        this.commit = commit;
    }

    /** File name -> contents. */
    Map<String, String> write(HeaderReader.Result model, List<Header> headers) {
        files.put("package-info.java", packageInfo());
        for (Header header : headers) {
            files.put(header.javaClass() + ".java", headerClass(header, model));
        }
        for (StructDecl struct : model.structs) {
            put(
                    struct.javaName,
                    prologue(struct.header.file(), "java.lang.foreign.*", "java.lang.invoke.MethodHandle")
                            + structClass(struct, struct.javaName + ".LAYOUT", "", true));
        }
        for (Callback callback : model.callbacks) {
            put(
                    callback.name(),
                    prologue(callback.header().file(), "java.lang.foreign.*", "java.lang.invoke.MethodHandle")
                            + callbackType(callback, "", true));
        }
        return files;
    }

    private void put(String javaName, String source) {
        if (files.put(javaName + ".java", source) != null) {
            throw new GeneratorException("two declarations generate " + javaName + ".java");
        }
    }

    private String marker(String header) {
        return "// Generated from " + header + " at llama.cpp " + commit
                + " by the llama-ffm bindings generator. Do not edit.\n";
    }

    private String packageInfo() {
        return marker("the llama.cpp, ggml and llama-ffm shim headers") + """
                /**
                 * FFM bindings generated from the C headers of the pinned llama.cpp and of the llama-ffm shim
                 * by {@code bindings-generator}. Internal: not exported, not API; the {@code org.llamaffm}
                 * classes are built on them. Regenerate with {@code mvn -Pregenerate}, never edit.
                 */
                package org.llamaffm.internal.ffi;
                """;
    }

    private String prologue(String header, String... imports) {
        StringBuilder sb = new StringBuilder(marker(header));
        sb.append("package ").append(PACKAGE).append(";\n\n");
        sb.append("import static java.lang.foreign.MemoryLayout.PathElement.groupElement;\n");
        sb.append("import static java.lang.foreign.ValueLayout.*;\n\n");
        for (String i : imports) {
            sb.append("import ").append(i).append(";\n");
        }
        sb.append("import org.llamaffm.internal.NativeSymbols;\n\n");
        return sb.toString();
    }

    // ---- header classes ----------------------------------------------------------------------

    private String headerClass(Header header, HeaderReader.Result model) {
        StringBuilder sb =
                new StringBuilder(prologue(header.file(), "java.lang.foreign.*", "java.lang.invoke.MethodHandle"));
        sb.append("/** ")
                .append(header.description())
                .append(": functions, enum values and constants of {@code ")
                .append(header.file())
                .append("}. */\n");
        sb.append("@SuppressWarnings(\"unused\")\n");
        sb.append("public final class ").append(header.javaClass()).append(" {\n\n");
        sb.append("    private ").append(header.javaClass()).append("() {\n    }\n");
        for (Constant constant : model.constants) {
            if (constant.header() == header) {
                sb.append("\n    /** {@code #define ")
                        .append(constant.name())
                        .append("} (")
                        .append(escape(constant.definition()))
                        .append(") */\n");
                sb.append("    public static final ")
                        .append(constant.javaType())
                        .append(' ')
                        .append(constant.name())
                        .append(" = ")
                        .append(literal(constant.value()))
                        .append(";\n");
            }
        }
        for (EnumDecl decl : model.enums) {
            if (decl.header() != header) {
                continue;
            }
            sb.append("\n    // enum ")
                    .append(decl.name().isEmpty() ? "(anonymous)" : decl.name())
                    .append('\n');
            for (EnumConstant c : decl.constants()) {
                Object value = c.javaType().equals("int") ? (Object) (int) c.value() : (Object) c.value();
                sb.append("    public static final ")
                        .append(c.javaType())
                        .append(' ')
                        .append(c.name())
                        .append(" = ")
                        .append(literal(value))
                        .append(";\n");
            }
        }
        for (Function function : model.functions) {
            if (function.header() == header) {
                sb.append(function(function));
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    private String function(Function f) {
        Signature sig = f.signature();
        boolean byValue = sig.result() instanceof Record;
        StringBuilder sb = new StringBuilder("\n    /**\n");
        sb.append("     * {@snippet lang=c :\n     * ")
                .append(escapeSnippet(cPrototype(f.name(), sig)))
                .append("\n     * }\n");
        appendComment(sb, f.comment(), "     ");
        f.deprecation()
                .ifPresent(message -> sb.append("     *\n     * @deprecated ")
                        .append(
                                message.isEmpty()
                                        ? "deprecated in " + f.header().file()
                                        : escape(message))
                        .append('\n'));
        sb.append("     */\n");
        if (f.deprecation().isPresent()) {
            sb.append("    @Deprecated\n");
        }
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        if (byValue) {
            params.add("SegmentAllocator allocator");
            args.add("allocator");
        }
        for (Param p : sig.params()) {
            params.add(javaType(p.type()) + " " + p.name());
            args.add(p.name());
        }
        String returnType = javaType(sig.result());
        sb.append("    public static ")
                .append(returnType)
                .append(' ')
                .append(f.name())
                .append('(')
                .append(String.join(", ", params))
                .append(") {\n");
        sb.append("        try {\n");
        sb.append("            ")
                .append(returnCast(sig.result()))
                .append(f.name())
                .append("$.HANDLE.invokeExact(")
                .append(String.join(", ", args))
                .append(");\n");
        sb.append("        } catch (Throwable failure$) {\n");
        sb.append("            throw NativeSymbols.rethrow(failure$);\n");
        sb.append("        }\n");
        sb.append("    }\n\n");
        sb.append("    private static final class ").append(f.name()).append("$ {\n");
        sb.append("        static final MethodHandle HANDLE = NativeSymbols.")
                .append(f.critical() ? "downcallCritical" : "downcall")
                .append("(\"")
                .append(f.name())
                .append("\", \"")
                .append(f.header().file())
                .append("\",\n");
        sb.append("                ").append(descriptor(sig)).append(");\n");
        sb.append("    }\n");
        return sb.toString();
    }

    private static String cPrototype(String name, Signature sig) {
        String params = sig.params().isEmpty()
                ? "void"
                : sig.params().stream().map(p -> p.cType() + " " + p.name()).collect(Collectors.joining(", "));
        return sig.cResult() + " " + name + "(" + params + (sig.variadic() ? ", ..." : "") + ")";
    }

    // ---- structs -------------------------------------------------------------------------------

    /**
     * A struct class. {@code layoutRef} is how its LAYOUT is reached from the outside;
     * {@code indent} is the nesting indent; top-level classes define the layout, nested ones
     * select theirs from the enclosing layout.
     */
    private String structClass(StructDecl struct, String layoutRef, String indent, boolean topLevel) {
        String in = indent + "    ";
        StringBuilder sb = new StringBuilder();
        sb.append(indent)
                .append("/**\n")
                .append(indent)
                .append(" * {@code ")
                .append(escapeSnippet(
                        topLevel ? struct.cName : (struct.union ? "union" : "struct") + " { ... } " + struct.javaName))
                .append("}\n");
        appendComment(sb, struct.comment, indent + " ");
        sb.append(indent).append(" */\n");
        sb.append(indent)
                .append("public ")
                .append(topLevel ? "" : "static ")
                .append("final class ")
                .append(struct.javaName)
                .append(" {\n\n");
        sb.append(in)
                .append("private ")
                .append(struct.javaName)
                .append("() {\n")
                .append(in)
                .append("}\n\n");
        sb.append(in).append("public static final GroupLayout LAYOUT = ");
        if (topLevel) {
            sb.append(layout(struct, in))
                    .append(".withName(\"")
                    .append(struct.javaName)
                    .append("\");\n");
        } else {
            sb.append(layoutRef).append(";\n");
        }
        sb.append('\n');
        sb.append(in).append("/** Allocates one, zeroed. */\n");
        sb.append(in)
                .append("public static MemorySegment allocate(SegmentAllocator allocator) {\n")
                .append(in)
                .append("    return allocator.allocate(LAYOUT);\n")
                .append(in)
                .append("}\n\n");
        sb.append(in).append("/** Allocates an array of {@code count}, zeroed. */\n");
        sb.append(in)
                .append("public static MemorySegment allocateArray(long count, SegmentAllocator allocator) {\n")
                .append(in)
                .append("    return allocator.allocate(LAYOUT, count);\n")
                .append(in)
                .append("}\n\n");
        sb.append(in)
                .append("/** The struct at {@code address} (a pointer from native code), sized to this layout. */\n");
        sb.append(in)
                .append("public static MemorySegment ofAddress(MemorySegment address) {\n")
                .append(in)
                .append("    return address.reinterpret(LAYOUT.byteSize());\n")
                .append(in)
                .append("}\n");
        accessors(sb, struct, List.of(), in, struct.javaName);
        sb.append(indent).append("}\n");
        return sb.toString();
    }

    private void accessors(StringBuilder sb, StructDecl struct, List<String> path, String in, String className) {
        for (Field field : struct.fields) {
            List<String> fieldPath = new ArrayList<>(path);
            fieldPath.add(field.name());
            if (field.anonymous()) {
                accessors(sb, ((Record) field.type()).decl(), fieldPath, in, className);
                continue;
            }
            String name = Names.identifier(field.name());
            String pathArgs =
                    fieldPath.stream().map(p -> "groupElement(\"" + p + "\")").collect(Collectors.joining(", "));
            String offset = name + "$OFFSET";
            sb.append('\n')
                    .append(in)
                    .append("private static final long ")
                    .append(offset)
                    .append(" = LAYOUT.byteOffset(")
                    .append(pathArgs)
                    .append(");\n");
            if (field.type() instanceof Primitive || field.type() instanceof Pointer) {
                sb.append('\n');
            }
            String doc = in + "/** {@code "
                    + escapeSnippet(field.cType() == null ? field.name() : field.cType() + " " + field.name())
                    + "} */\n";
            CType type = field.type();
            if (type instanceof Primitive || type instanceof Pointer) {
                String layout = valueLayout(type);
                String java = javaType(type);
                sb.append(doc)
                        .append(in)
                        .append("public static ")
                        .append(java)
                        .append(' ')
                        .append(name)
                        .append("(MemorySegment struct) {\n")
                        .append(in)
                        .append("    return struct.get(")
                        .append(layout)
                        .append(", ")
                        .append(offset)
                        .append(");\n")
                        .append(in)
                        .append("}\n\n");
                sb.append(doc)
                        .append(in)
                        .append("public static void ")
                        .append(name)
                        .append("(MemorySegment struct, ")
                        .append(java)
                        .append(" value) {\n")
                        .append(in)
                        .append("    struct.set(")
                        .append(layout)
                        .append(", ")
                        .append(offset)
                        .append(", value);\n")
                        .append(in)
                        .append("}\n");
            } else {
                String size = name + "$SIZE";
                sb.append(in)
                        .append("private static final long ")
                        .append(size)
                        .append(" = LAYOUT.select(")
                        .append(pathArgs)
                        .append(").byteSize();\n\n");
                sb.append(doc)
                        .append(in)
                        .append("public static MemorySegment ")
                        .append(name)
                        .append("(MemorySegment struct) {\n")
                        .append(in)
                        .append("    return struct.asSlice(")
                        .append(offset)
                        .append(", ")
                        .append(size)
                        .append(");\n")
                        .append(in)
                        .append("}\n\n");
                sb.append(doc)
                        .append(in)
                        .append("public static void ")
                        .append(name)
                        .append("(MemorySegment struct, MemorySegment value) {\n")
                        .append(in)
                        .append("    MemorySegment.copy(value, 0, struct, ")
                        .append(offset)
                        .append(", ")
                        .append(size)
                        .append(");\n")
                        .append(in)
                        .append("}\n");
                if (type instanceof Array array
                        && (array.element() instanceof Primitive || array.element() instanceof Pointer)) {
                    String layout = valueLayout(array.element());
                    String java = javaType(array.element());
                    sb.append('\n')
                            .append(in)
                            .append("/** Element {@code index} of {@code ")
                            .append(field.name())
                            .append("}. */\n");
                    sb.append(in)
                            .append("public static ")
                            .append(java)
                            .append(' ')
                            .append(name)
                            .append("(MemorySegment struct, long index) {\n")
                            .append(in)
                            .append("    return ")
                            .append(name)
                            .append("(struct).getAtIndex(")
                            .append(layout)
                            .append(", index);\n")
                            .append(in)
                            .append("}\n\n");
                    sb.append(in)
                            .append("/** Sets element {@code index} of {@code ")
                            .append(field.name())
                            .append("}. */\n");
                    sb.append(in)
                            .append("public static void ")
                            .append(name)
                            .append("(MemorySegment struct, long index, ")
                            .append(java)
                            .append(" value) {\n")
                            .append(in)
                            .append("    ")
                            .append(name)
                            .append("(struct).setAtIndex(")
                            .append(layout)
                            .append(", index, value);\n")
                            .append(in)
                            .append("}\n");
                }
                if (type instanceof Record record && record.decl().cName == null) {
                    String nestedName = record.decl().javaName;
                    if (nestedName.equals(className)) {
                        throw new GeneratorException(className + " has a field of its own name with an anonymous type");
                    }
                    sb.append('\n')
                            .append(structClass(
                                    record.decl(),
                                    "(GroupLayout) " + className + ".LAYOUT.select(" + pathArgs + ")",
                                    in,
                                    false));
                }
            }
        }
        for (Callback callback : struct.callbacks) {
            sb.append('\n').append(callbackType(callback, in, false));
        }
    }

    /** The layout expression of a struct or union, padding included, on one line per member. */
    private String layout(StructDecl struct, String in) {
        List<String> members = new ArrayList<>();
        long position = 0;
        long widest = 0;
        for (Field field : struct.fields) {
            if (!struct.union && field.offset() > position) {
                members.add("MemoryLayout.paddingLayout(" + (field.offset() - position) + ")");
            } else if (!struct.union && field.offset() < position) {
                throw new GeneratorException(struct.javaName + "." + field.name() + " overlaps the field before it");
            }
            members.add(memberLayout(field.type(), in + "    ") + ".withName(\"" + field.name() + "\")");
            position = field.offset() + field.size();
            widest = Math.max(widest, field.size());
        }
        if (struct.union && struct.size > widest) {
            members.add("MemoryLayout.paddingLayout(" + struct.size + ")");
        } else if (!struct.union && struct.size > position) {
            members.add("MemoryLayout.paddingLayout(" + (struct.size - position) + ")");
        }
        String sep = ",\n" + in + "    ";
        return "MemoryLayout." + (struct.union ? "unionLayout" : "structLayout") + "(\n" + in + "    "
                + String.join(sep, members) + ")";
    }

    private String memberLayout(CType type, String in) {
        return switch (type) {
            case Record record when record.decl().cName == null -> layout(record.decl(), in);
            case Record record -> record.decl().javaName + ".LAYOUT";
            case Array array ->
                "MemoryLayout.sequenceLayout(" + array.length() + ", " + memberLayout(array.element(), in) + ")";
            default -> valueLayout(type);
        };
    }

    // ---- callbacks -----------------------------------------------------------------------------

    private String callbackType(Callback callback, String indent, boolean topLevel) {
        String in = indent + "    ";
        Signature sig = callback.signature();
        String name = callback.name();
        boolean byValue = sig.result() instanceof Record;
        StringBuilder sb = new StringBuilder();
        sb.append(indent)
                .append("/**\n")
                .append(indent)
                .append(" * {@snippet lang=c :\n")
                .append(indent)
                .append(" * ")
                .append(escapeSnippet(cPrototype("(*" + name + ")", sig)))
                .append('\n')
                .append(indent)
                .append(" * }\n");
        appendComment(sb, callback.comment(), indent + " ");
        sb.append(indent).append(" */\n");
        sb.append(indent).append("@FunctionalInterface\n");
        sb.append(indent)
                .append("public ")
                .append(topLevel ? "" : "static ")
                .append("interface ")
                .append(name)
                .append(" {\n\n");
        String params = sig.params().stream()
                .map(p -> javaType(p.type()) + " " + p.name())
                .collect(Collectors.joining(", "));
        sb.append(in).append("/** Called from native code; an exception escaping it terminates the JVM. */\n");
        sb.append(in)
                .append(javaType(sig.result()))
                .append(" apply(")
                .append(params)
                .append(");\n\n");
        sb.append(in)
                .append("FunctionDescriptor DESCRIPTOR = ")
                .append(descriptor(sig))
                .append(";\n\n");
        sb.append(in).append("/** {@code apply}, as the upcall target. */\n");
        sb.append(in)
                .append("MethodHandle UPCALL = NativeSymbols.upcallTarget(")
                .append(name)
                .append(".class, DESCRIPTOR);\n\n");
        sb.append(in).append("/** Calls a C function pointer of this type. */\n");
        sb.append(in).append("MethodHandle INVOKER = NativeSymbols.invoker(DESCRIPTOR);\n\n");
        sb.append(in)
                .append("/** A C function pointer that calls {@code fn}; valid while {@code arena} is alive. */\n");
        sb.append(in).append("static MemorySegment allocate(").append(name).append(" fn, Arena arena) {\n");
        sb.append(in).append("    return NativeSymbols.upcall(UPCALL, fn, DESCRIPTOR, arena);\n");
        sb.append(in).append("}\n\n");
        List<String> invokeParams = new ArrayList<>();
        List<String> args = new ArrayList<>();
        invokeParams.add("MemorySegment function");
        args.add("function");
        if (byValue) {
            invokeParams.add("SegmentAllocator allocator");
            args.add("allocator");
        }
        for (Param p : sig.params()) {
            invokeParams.add(javaType(p.type()) + " " + p.name());
            args.add(p.name());
        }
        sb.append(in).append("/** Calls the C function at {@code function}. */\n");
        sb.append(in)
                .append("static ")
                .append(javaType(sig.result()))
                .append(" invoke(")
                .append(String.join(", ", invokeParams))
                .append(") {\n");
        sb.append(in).append("    try {\n");
        sb.append(in)
                .append("        ")
                .append(returnCast(sig.result()))
                .append("INVOKER.invokeExact(")
                .append(String.join(", ", args))
                .append(");\n");
        sb.append(in).append("    } catch (Throwable failure$) {\n");
        sb.append(in).append("        throw NativeSymbols.rethrow(failure$);\n");
        sb.append(in).append("    }\n");
        sb.append(in).append("}\n");
        sb.append(indent).append("}\n");
        return sb.toString();
    }

    // ---- types ---------------------------------------------------------------------------------

    private static String descriptor(Signature sig) {
        String args = sig.params().stream().map(p -> layoutOf(p.type())).collect(Collectors.joining(", "));
        if (sig.result() instanceof Model.Void) {
            return "FunctionDescriptor.ofVoid(" + args + ")";
        }
        return "FunctionDescriptor.of(" + layoutOf(sig.result()) + (args.isEmpty() ? "" : ", " + args) + ")";
    }

    private static String layoutOf(CType type) {
        if (type instanceof Record record) {
            if (record.decl().cName == null) {
                throw new GeneratorException("an anonymous struct passed by value: " + record.decl().javaName);
            }
            return record.decl().javaName + ".LAYOUT";
        }
        return valueLayout(type);
    }

    private static String valueLayout(CType type) {
        return switch (type) {
            case Primitive p -> p.layout;
            case Pointer p -> "ADDRESS";
            default -> throw new GeneratorException("not a scalar: " + type);
        };
    }

    private static String javaType(CType type) {
        return switch (type) {
            case Primitive p -> p.javaType;
            case Model.Void v -> "void";
            default -> "MemorySegment";
        };
    }

    private static String returnCast(CType type) {
        return type instanceof Model.Void ? "" : "return (" + javaType(type) + ") ";
    }

    private static String literal(Object value) {
        return switch (value) {
            case Integer i -> Integer.toString(i);
            case Long l -> l + "L";
            case Double d when d.isNaN() -> "Double.NaN";
            case Double d when d.isInfinite() -> d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
            case Double d -> Double.toString(d);
            case String s -> '"' + s.chars().mapToObj(JavaWriter::escapeChar).collect(Collectors.joining()) + '"';
            default -> throw new GeneratorException("no literal for " + value);
        };
    }

    private static String escapeChar(int c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c);
        };
    }

    // ---- comments ------------------------------------------------------------------------------

    /** Appends a C comment, stripped of its markers and escaped for javadoc, as a paragraph. */
    private static void appendComment(StringBuilder sb, String comment, String prefix) {
        if (comment == null || comment.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : comment.split("\n")) {
            String text = line.strip();
            if (text.startsWith("///")) {
                text = text.substring(3);
            } else if (text.startsWith("//")) {
                text = text.substring(2);
            } else {
                text = text.replaceFirst("^/\\*+", "")
                        .replaceFirst("\\*+/$", "")
                        .replaceFirst("^\\*", "");
            }
            lines.add(escape(text.stripTrailing()));
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        if (lines.isEmpty()) {
            return;
        }
        sb.append(prefix).append("*\n").append(prefix).append("* <pre>\n");
        for (String line : lines) {
            sb.append(prefix)
                    .append("*")
                    .append(line.isEmpty() ? "" : " " + line)
                    .append('\n');
        }
        sb.append(prefix).append("* </pre>\n");
    }

    /** Escapes text for a javadoc comment (HTML, comment end, unicode escapes, tags). */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;")
                .replace("{", "&#123;")
                .replace("}", "&#125;");
    }

    /** Escapes text for the body of an inline {@code @snippet}: only what would end the comment or the tag. */
    private static String escapeSnippet(String text) {
        return text.replace("*/", "* /").replace("\\", "\\\\").replace("@", "&#64;");
    }
}
