package org.llamaffm.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.llamaffm.generator.Clang.Cursor;
import org.llamaffm.generator.Clang.Type;
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
 * Reads the headers with libclang into a {@link Model}: one translation unit that includes every
 * header, walked top-level declaration by declaration; each declaration belongs to the header its
 * expansion location is in. {@code #define} constants are evaluated by clang itself in a second
 * translation unit ({@code __auto_type x = NAME;}), so whatever expression a macro is, clang
 * decides whether it is a constant.
 */
final class HeaderReader {

    private static final String MACRO_PREFIX = "llama_ffm_macro_";

    /** What was read, in declaration order, plus what was left out and why. */
    static final class Result {
        final List<Function> functions = new ArrayList<>();
        final List<StructDecl> structs = new ArrayList<>();
        final List<Callback> callbacks = new ArrayList<>();
        final List<EnumDecl> enums = new ArrayList<>();
        final List<Constant> constants = new ArrayList<>();
        /** Declared but never defined in the headers: bound as plain pointers. */
        final Map<String, Header> opaque = new LinkedHashMap<>();
        /** name -> (header, reason) of what is not bound. */
        final Map<String, String[]> skipped = new LinkedHashMap<>();

        int typedefs;
    }

    private final Clang clang;
    private final Map<Path, Header> headers;
    private final List<String> args;
    private final Set<String> critical;
    private final Result result = new Result();
    private final Map<String, StructDecl> records = new HashMap<>();
    private final Set<String> functionNames = new HashSet<>();
    private final List<String> macroCandidates = new ArrayList<>();
    private final Map<String, Header> macroHeaders = new HashMap<>();
    private final Map<String, String> anonymousTypedefs = new HashMap<>();

    /**
     * @param headers  each header's path (as found through {@code includeDirs}) and its class
     * @param critical functions bound with {@code Linker.Option.critical}
     */
    HeaderReader(Clang clang, Map<Path, Header> headers, List<Path> includeDirs, Set<String> critical) {
        this.clang = clang;
        this.headers = headers;
        this.critical = critical;
        List<String> list =
                new ArrayList<>(List.of("-x", "c", "-std=gnu11", "-ferror-limit=0", "-fparse-all-comments"));
        for (Path dir : includeDirs) {
            list.add("-I" + dir);
        }
        this.args = List.copyOf(list);
    }

    Result read() {
        StringBuilder source = new StringBuilder();
        for (Path header : headers.keySet()) {
            source.append("#include \"").append(header.getFileName()).append("\"\n");
        }
        try (Clang.TranslationUnit unit = clang.parse("llama_ffm_bindings.c", source.toString(), args)) {
            List<String> errors = unit.errors();
            if (!errors.isEmpty()) {
                throw new GeneratorException("the headers do not parse:\n  " + String.join("\n  ", errors));
            }
            for (Cursor cursor : unit.cursor().children()) {
                headerOf(cursor).ifPresent(header -> declaration(cursor, header));
            }
        }
        for (String name : critical) {
            if (!functionNames.contains(name)) {
                throw new GeneratorException("critical function " + name + " is not declared in the headers");
            }
        }
        result.structs.forEach(s -> result.opaque.remove(s.javaName));
        readMacros(source);
        return result;
    }

    private Optional<Header> headerOf(Cursor cursor) {
        return cursor.file().map(f -> headers.get(f.toAbsolutePath().normalize()));
    }

    private void declaration(Cursor cursor, Header header) {
        switch (cursor.kind()) {
            case Clang.CURSOR_FUNCTION_DECL -> function(cursor, header);
            case Clang.CURSOR_STRUCT_DECL, Clang.CURSOR_UNION_DECL -> {
                String name = cursor.spelling();
                if (cursor.isAnonymous()) {
                    return; // named by the typedef that follows
                }
                if (!cursor.isDefinition()) {
                    result.opaque.putIfAbsent(name, header);
                    return;
                }
                record(cursor.type().canonical(), header);
            }
            case Clang.CURSOR_TYPEDEF_DECL -> typedef(cursor, header);
            case Clang.CURSOR_ENUM_DECL -> enumeration(cursor, header);
            case Clang.CURSOR_MACRO_DEFINITION -> {
                String name = cursor.spelling();
                if (!cursor.isMacroFunctionLike()
                        && !name.startsWith("_")
                        && macroHeaders.putIfAbsent(name, header) == null) {
                    macroCandidates.add(name);
                }
            }
            case Clang.CURSOR_VAR_DECL -> variable(cursor, header);
            default -> {
                // inclusion directives, macro expansions: nothing to bind
            }
        }
    }

    /** A {@code static const} with a constant initializer becomes a constant; other variables are not API. */
    private void variable(Cursor cursor, Header header) {
        String name = cursor.spelling();
        Optional<Object> value = cursor.isStatic() ? cursor.evaluate() : Optional.empty();
        Type type = cursor.type().canonical();
        if (value.isPresent() && value.get() instanceof Long l && type.size() == 8) {
            result.constants.add(new Constant(
                    name, header, l, "long", "static const " + cursor.type().spelling()));
        } else if (value.isPresent() && value.get() instanceof Long l && type.size() <= 4) {
            result.constants.add(new Constant(
                    name,
                    header,
                    (int) (long) l,
                    "int",
                    "static const " + cursor.type().spelling()));
        } else {
            result.skipped.put(name, new String[] {header.file(), "global variable: not a constant, not exported API"});
        }
    }

    private void function(Cursor cursor, Header header) {
        String name = cursor.spelling();
        if (cursor.isStatic()) {
            result.skipped.put(name, new String[] {header.file(), "static inline: not an exported symbol"});
            return;
        }
        if (!functionNames.add(name)) {
            return; // declared again (e.g. in two headers): bound once, where first seen
        }
        Type type = cursor.type();
        if (type.isVariadic()) {
            result.skipped.put(name, new String[] {
                header.file(), "variadic (printf-style formatting; Java callers format in Java and pass \"%s\")"
            });
            return;
        }
        List<Param> params = new ArrayList<>();
        List<Cursor> arguments = cursor.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            Cursor arg = arguments.get(i);
            Type argType = arg.type();
            String argName = Names.identifier(arg.spelling().isEmpty() ? "arg" + i : arg.spelling());
            params.add(new Param(uniqueName(argName, params), parameterType(argType), Names.cType(argType.spelling())));
        }
        Type result = cursor.resultType();
        Signature signature = new Signature(type(result), Names.cType(result.spelling()), params, false);
        this.result.functions.add(
                new Function(name, header, signature, cursor.deprecation(), cursor.comment(), critical.contains(name)));
    }

    private static String uniqueName(String name, List<Param> params) {
        String candidate = name;
        int i = 2;
        while (true) {
            String c = candidate;
            if (params.stream().noneMatch(p -> p.name().equals(c))) {
                return candidate;
            }
            candidate = name + i++;
        }
    }

    private void typedef(Cursor cursor, Header header) {
        String name = cursor.spelling();
        Type underlying = cursor.typedefUnderlying();
        Type canonical = underlying.canonical();
        if (canonical.kind() == Clang.TYPE_RECORD) {
            Cursor decl = canonical.declaration();
            if (decl.isAnonymous() && decl.isDefinition()) {
                anonymousTypedefs.put(canonical.spelling(), name);
                record(canonical, header);
                return;
            }
        }
        if (canonical.kind() == Clang.TYPE_POINTER && canonical.pointee().kind() == Clang.TYPE_FUNCTION_PROTO) {
            result.callbacks.add(new Callback(name, header, signature(canonical.pointee(), cursor), cursor.comment()));
            return;
        }
        result.typedefs++;
    }

    private void enumeration(Cursor cursor, Header header) {
        String javaType = cursor.enumIntegerType().size() > 4 ? "long" : "int";
        List<EnumConstant> constants = new ArrayList<>();
        for (Cursor child : cursor.children()) {
            if (child.kind() == Clang.CURSOR_ENUM_CONSTANT_DECL) {
                long value = child.enumConstantValue();
                boolean fitsInt = value >= Integer.MIN_VALUE && value <= 0xFFFF_FFFFL;
                constants.add(new EnumConstant(child.spelling(), value, fitsInt ? javaType : "long"));
            }
        }
        String name = cursor.isAnonymous() ? "" : cursor.spelling();
        result.enums.add(new EnumDecl(name, header, constants, cursor.comment()));
    }

    /** The record of a canonical struct/union type, read (once) with its fields. */
    private StructDecl record(Type canonical, Header header) {
        String key = canonical.spelling();
        StructDecl existing = records.get(key);
        if (existing != null) {
            return existing;
        }
        Cursor decl = canonical.declaration();
        // How C spells the type: "struct x", "union x", or the typedef name of an untagged record
        // (which clang 16+ spells as the type itself; older versions say "(unnamed ...)").
        String typedefName = anonymousTypedefs.get(key);
        String cName = key.contains("(unnamed") || key.contains("(anonymous") ? typedefName : key;
        if (cName == null) {
            throw new GeneratorException("anonymous record " + key + " has no name to generate a class for");
        }
        String javaName = cName.replaceFirst("^(struct|union) ", "");
        Header owner = headerOf(decl).orElse(header);
        if (owner == null) {
            throw new GeneratorException(key + " is used by value but is not declared in the bound headers");
        }
        StructDecl struct = newRecord(decl, canonical, cName, javaName, owner);
        records.put(key, struct);
        result.structs.add(struct);
        return struct;
    }

    private StructDecl newRecord(Cursor decl, Type type, String cName, String javaName, Header header) {
        long size = type.size();
        if (size < 0) {
            throw new GeneratorException(cName + " is used by value but has no definition");
        }
        StructDecl struct = new StructDecl(
                cName,
                javaName,
                header,
                decl.kind() == Clang.CURSOR_UNION_DECL,
                size,
                type.alignment(),
                decl.comment());
        int anonymous = 0;
        for (Cursor child : decl.children()) {
            int kind = child.kind();
            if ((kind == Clang.CURSOR_STRUCT_DECL || kind == Clang.CURSOR_UNION_DECL)
                    && child.isAnonymousRecordDecl()) {
                Type memberType = child.type().canonical();
                StructDecl member = newRecord(child, memberType, null, "$anon" + anonymous++, header);
                long offset = anonymousOffset(type, member);
                struct.fields.add(new Field(member.javaName, new Record(member), offset, member.size, true, null));
            } else if (kind == Clang.CURSOR_FIELD_DECL) {
                String name = child.spelling();
                if (name.isEmpty()) {
                    continue; // the implicit field of an anonymous member, handled above
                }
                if (child.isBitField()) {
                    throw new GeneratorException(
                            cName + "." + name + " is a bit-field; the generator does not bind those");
                }
                Type fieldType = child.type();
                Type canonical = fieldType.canonical();
                long offset = child.fieldOffsetBits() / 8;
                CType mapped;
                if (canonical.kind() == Clang.TYPE_RECORD
                        && canonical.declaration().isAnonymous()) {
                    StructDecl nested =
                            newRecord(canonical.declaration(), canonical, null, Names.identifier(name), header);
                    struct.nested.add(nested);
                    mapped = new Record(nested);
                } else {
                    mapped = type(fieldType);
                    if (canonical.kind() == Clang.TYPE_POINTER
                            && canonical.pointee().kind() == Clang.TYPE_FUNCTION_PROTO
                            && stripElaborated(fieldType).kind() != Clang.TYPE_TYPEDEF) {
                        struct.callbacks.add(new Callback(
                                Names.identifier(name),
                                header,
                                signature(canonical.pointee(), child),
                                child.comment()));
                    }
                }
                struct.fields.add(
                        new Field(name, mapped, offset, canonical.size(), false, Names.cType(fieldType.spelling())));
            } else if (kind == Clang.CURSOR_STRUCT_DECL || kind == Clang.CURSOR_UNION_DECL) {
                if (!child.isAnonymous() && child.isDefinition()) {
                    record(child.type().canonical(), header); // C: a nested named record is file-scope
                }
            }
        }
        return struct;
    }

    /** An anonymous member's offset: where its first named field is, minus that field's offset inside it. */
    private static long anonymousOffset(Type parent, StructDecl member) {
        Field first = member.fields.getFirst();
        long inside = first.offset();
        while (first.anonymous()) {
            StructDecl deeper = ((Record) first.type()).decl();
            first = deeper.fields.getFirst();
            inside += first.offset();
        }
        long bits = parent.offsetOfBits(first.name());
        if (bits < 0) {
            throw new GeneratorException("cannot locate anonymous member holding " + first.name());
        }
        return bits / 8 - inside;
    }

    private static Type stripElaborated(Type type) {
        return type.kind() == Clang.TYPE_ELABORATED ? type.named() : type;
    }

    /** A function pointer's signature; parameter names come from the declaration {@code owner} when it has them. */
    private Signature signature(Type function, Cursor owner) {
        List<String> names = owner.children().stream()
                .filter(c -> c.kind() == Clang.CURSOR_PARM_DECL)
                .map(Cursor::spelling)
                .toList();
        List<Param> params = new ArrayList<>();
        List<Type> argTypes = function.argumentTypes();
        for (int i = 0; i < argTypes.size(); i++) {
            String name = names.size() == argTypes.size() && !names.get(i).isEmpty()
                    ? Names.identifier(names.get(i))
                    : "arg" + i;
            params.add(new Param(
                    uniqueName(name, params),
                    parameterType(argTypes.get(i)),
                    Names.cType(argTypes.get(i).spelling())));
        }
        Type result = function.result();
        return new Signature(type(result), Names.cType(result.spelling()), params, function.isVariadic());
    }

    /** A parameter's type: arrays decay to pointers. */
    private CType parameterType(Type type) {
        int kind = type.canonical().kind();
        if (kind == Clang.TYPE_CONSTANT_ARRAY || kind == Clang.TYPE_INCOMPLETE_ARRAY) {
            return new Pointer();
        }
        return type(type);
    }

    private CType type(Type type) {
        Type canonical = type.canonical();
        return switch (canonical.kind()) {
            case Clang.TYPE_VOID -> new Model.Void();
            case Clang.TYPE_BOOL -> Primitive.BOOL;
            case Clang.TYPE_CHAR_U, Clang.TYPE_UCHAR, Clang.TYPE_CHAR_S, Clang.TYPE_SCHAR -> Primitive.BYTE;
            case Clang.TYPE_USHORT, Clang.TYPE_SHORT -> Primitive.SHORT;
            case Clang.TYPE_UINT,
                    Clang.TYPE_INT,
                    Clang.TYPE_ULONG,
                    Clang.TYPE_LONG,
                    Clang.TYPE_ULONGLONG,
                    Clang.TYPE_LONGLONG,
                    Clang.TYPE_ENUM ->
                switch ((int) canonical.size()) {
                    case 1 -> Primitive.BYTE;
                    case 2 -> Primitive.SHORT;
                    case 4 -> Primitive.INT;
                    case 8 -> Primitive.LONG;
                    default -> throw new GeneratorException("unsupported integer size: " + type.spelling());
                };
            case Clang.TYPE_FLOAT -> Primitive.FLOAT;
            case Clang.TYPE_DOUBLE -> Primitive.DOUBLE;
            case Clang.TYPE_POINTER -> new Pointer();
            case Clang.TYPE_RECORD -> new Record(record(canonical, null));
            case Clang.TYPE_CONSTANT_ARRAY -> new Array(type(canonical.element()), canonical.arraySize());
            default ->
                throw new GeneratorException(
                        "unsupported type " + type.spelling() + " (kind " + canonical.kind() + ")");
        };
    }

    /** Evaluates each object-like macro of the headers with clang; the constants become Java constants. */
    private void readMacros(StringBuilder includes) {
        StringBuilder source = new StringBuilder(includes);
        for (String name : macroCandidates) {
            source.append("__auto_type ")
                    .append(MACRO_PREFIX)
                    .append(name)
                    .append(" = ")
                    .append(name)
                    .append(";\n");
        }
        Map<String, Constant> found = new HashMap<>();
        try (Clang.TranslationUnit unit = clang.parse("llama_ffm_macros.c", source.toString(), args)) {
            for (Cursor cursor : unit.cursor().children()) {
                String var = cursor.spelling();
                if (cursor.kind() != Clang.CURSOR_VAR_DECL || !var.startsWith(MACRO_PREFIX)) {
                    continue;
                }
                String name = var.substring(MACRO_PREFIX.length());
                Header header = macroHeaders.get(name);
                Type type = cursor.type().canonical();
                Optional<Object> value = cursor.evaluate();
                if (value.isEmpty()) {
                    continue;
                }
                Object v = value.get();
                String definition = type.spelling();
                if (v instanceof Long l) {
                    boolean narrow = type.size() <= 4;
                    found.put(
                            name,
                            new Constant(
                                    name,
                                    header,
                                    narrow ? (Object) (int) (long) l : l,
                                    narrow ? "int" : "long",
                                    definition));
                } else if (v instanceof Double d) {
                    found.put(name, new Constant(name, header, d, "double", definition));
                } else if (v instanceof String s && type.kind() == Clang.TYPE_POINTER) {
                    found.put(name, new Constant(name, header, s, "String", definition));
                }
            }
        }
        for (String name : macroCandidates) {
            Constant constant = found.get(name);
            if (constant != null) {
                result.constants.add(constant);
            }
        }
    }
}
