package org.llamaffm.generator;

import java.util.Set;
import java.util.regex.Pattern;

/** C names as Java identifiers: kept as they are, except Java keywords, which get a trailing '_'. */
final class Names {

    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "_");

    // clang spells untagged records with their location: "struct (unnamed struct at /path/x.h:86:9)".
    private static final Pattern UNNAMED = Pattern.compile("\\((unnamed|anonymous) (struct|union|enum) at [^)]*\\)");

    private Names() {}

    /** A C type spelling fit for generated output: no file system paths (output must not depend on where the source is). */
    static String cType(String spelling) {
        return UNNAMED.matcher(spelling).replaceAll("{ ... }");
    }

    static String identifier(String name) {
        return RESERVED.contains(name) ? name + "_" : name;
    }
}
