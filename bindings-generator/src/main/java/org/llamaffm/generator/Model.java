package org.llamaffm.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the generator read from the headers: the declarations it writes bindings for. */
final class Model {

    private Model() {}

    /** A C type as the bindings see it. */
    sealed interface CType permits Primitive, Pointer, Void, Record, Array {}

    /** A scalar: the Java type and the {@code ValueLayout} constant that carry it. */
    enum Primitive implements CType {
        BOOL("boolean", "JAVA_BOOLEAN"),
        BYTE("byte", "JAVA_BYTE"),
        SHORT("short", "JAVA_SHORT"),
        INT("int", "JAVA_INT"),
        LONG("long", "JAVA_LONG"),
        FLOAT("float", "JAVA_FLOAT"),
        DOUBLE("double", "JAVA_DOUBLE");

        final String javaType;
        final String layout;

        Primitive(String javaType, String layout) {
            this.javaType = javaType;
            this.layout = layout;
        }
    }

    /** Any pointer (data, string, opaque handle, function): an {@code ADDRESS}. */
    record Pointer() implements CType {}

    record Void() implements CType {}

    /** A struct or union by value. */
    record Record(StructDecl decl) implements CType {}

    record Array(CType element, long length) implements CType {}

    /** One parameter: its Java name, type and C spelling. */
    record Param(String name, CType type, String cType) {}

    /** A function type: of a function, a callback typedef or a function-pointer field. */
    record Signature(CType result, String cResult, List<Param> params, boolean variadic) {}

    /** A header and the class its functions and constants go to. */
    record Header(String file, String javaClass, String description) {}

    record Function(
            String name,
            Header header,
            Signature signature,
            Optional<String> deprecation,
            String comment,
            boolean critical) {}

    /** A function-pointer typedef: a functional interface with an upcall factory. */
    record Callback(String name, Header header, Signature signature, String comment) {}

    /** An {@code #define} whose value is an integer, floating-point or string constant. */
    record Constant(String name, Header header, Object value, String javaType, String definition) {}

    record EnumDecl(String name, Header header, List<EnumConstant> constants, String comment) {}

    record EnumConstant(String name, long value, String javaType) {}

    /**
     * A struct or union with a layout. {@code cName} is how C spells the type ({@code struct x} or
     * a typedef name); {@code javaName} the class (nested classes: the field name).
     */
    static final class StructDecl {
        final String cName;
        final String javaName;
        final Header header;
        final boolean union;
        final long size;
        final long alignment;
        final String comment;
        final List<Field> fields = new ArrayList<>();
        /** Anonymous-type struct/union fields with a name: nested classes. */
        final List<StructDecl> nested = new ArrayList<>();
        /** Function-pointer fields without a typedef: nested functional interfaces. */
        final List<Callback> callbacks = new ArrayList<>();

        StructDecl(
                String cName,
                String javaName,
                Header header,
                boolean union,
                long size,
                long alignment,
                String comment) {
            this.cName = cName;
            this.javaName = javaName;
            this.header = header;
            this.union = union;
            this.size = size;
            this.alignment = alignment;
            this.comment = comment;
        }
    }

    /**
     * A member of a struct: {@code name} is its layout name ({@code $anonN} for an anonymous
     * struct/union member), {@code offset} in bytes from the start of the enclosing record.
     * {@code inline} is set for members whose record type has no class of its own (anonymous
     * types), whose layout is written in place.
     */
    record Field(String name, CType type, long offset, long size, boolean anonymous, String cType) {}
}
