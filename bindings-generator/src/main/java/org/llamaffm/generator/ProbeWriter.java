package org.llamaffm.generator;

import java.util.List;
import org.llamaffm.generator.Model.Field;
import org.llamaffm.generator.Model.Header;
import org.llamaffm.generator.Model.Record;
import org.llamaffm.generator.Model.StructDecl;

/**
 * Writes the layout probe: a C file, compiled into the shim by the normal C compiler, whose
 * {@code llama_ffm_layout_probe()} returns {@code sizeof}, {@code _Alignof} and {@code offsetof}
 * of every struct, union and field the Java classes describe, one per line:
 *
 * <pre>
 * struct &lt;class&gt; &lt;size&gt; &lt;alignment&gt;
 * field &lt;class&gt; &lt;layout path&gt; &lt;offset&gt; &lt;size&gt;
 * </pre>
 *
 * The layout path names members as the Java {@code MemoryLayout} does ({@code $anonN} for
 * anonymous members, which C reaches through without a name).
 */
final class ProbeWriter {

    private final String commit;

    ProbeWriter(String commit) {
        this.commit = commit;
    }

    String write(HeaderReader.Result model, List<Header> headers) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Generated from the headers below at llama.cpp ")
                .append(commit)
                .append(" by the llama-ffm bindings generator. Do not edit.\n");
        sb.append("//\n// The layout probe: what the C compiler says about every struct the Java bindings describe,\n");
        sb.append("// compared with the generated MemoryLayouts by the bindings' layout test.\n");
        sb.append("#include <stddef.h>\n#include <stdio.h>\n\n");
        for (Header header : headers) {
            sb.append("#include \"").append(header.file()).append("\"\n");
        }
        sb.append("""

                struct llama_ffm_layout_entry {
                    const char * text;
                    size_t a;
                    size_t b;
                };

                #define LLAMA_FFM_STRUCT(java, type) { "struct " java, sizeof(type), _Alignof(type) }
                #define LLAMA_FFM_FIELD(java, path, type, member) \\
                    { "field " java " " path, offsetof(type, member), sizeof(((type *) 0)->member) }

                static const struct llama_ffm_layout_entry llama_ffm_layout[] = {
                """);
        for (StructDecl struct : model.structs) {
            sb.append("    LLAMA_FFM_STRUCT(\"")
                    .append(struct.javaName)
                    .append("\", ")
                    .append(struct.cName)
                    .append("),\n");
            fields(sb, struct, struct, "", "");
        }
        sb.append("""
                };

                size_t llama_ffm_layout_probe(char * buffer, size_t size) {
                    size_t used = 0;
                    for (size_t i = 0; i < sizeof(llama_ffm_layout) / sizeof(llama_ffm_layout[0]); i++) {
                        char * at = buffer != NULL && used < size ? buffer + used : NULL;
                        size_t room = at != NULL ? size - used : 0;
                        int n = snprintf(at, room, "%s %zu %zu\\n", llama_ffm_layout[i].text, llama_ffm_layout[i].a,
                                llama_ffm_layout[i].b);
                        if (n < 0) {
                            return 0;
                        }
                        used += (size_t) n;
                    }
                    return used;
                }
                """);
        return sb.toString();
    }

    private static void fields(StringBuilder sb, StructDecl top, StructDecl struct, String path, String member) {
        for (Field field : struct.fields) {
            String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            if (field.anonymous()) {
                fields(sb, top, ((Record) field.type()).decl(), fieldPath, member);
                continue;
            }
            String fieldMember = member.isEmpty() ? field.name() : member + "." + field.name();
            sb.append("    LLAMA_FFM_FIELD(\"")
                    .append(top.javaName)
                    .append("\", \"")
                    .append(fieldPath)
                    .append("\", ")
                    .append(top.cName)
                    .append(", ")
                    .append(fieldMember)
                    .append("),\n");
            if (field.type() instanceof Record record) {
                fields(sb, top, record.decl(), fieldPath, fieldMember);
            }
        }
    }
}
