package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.llamaffm.testkit.GgufBytes.header;
import static org.llamaffm.testkit.GgufBytes.string;
import static org.llamaffm.testkit.GgufBytes.tensor;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufException;
import org.llamaffm.gguf.GgufException.Reason;
import org.llamaffm.gguf.GgufFile;
import org.llamaffm.gguf.GgufTensorInfo;
import org.llamaffm.gguf.GgufType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ffi.ggml_h;
import org.llamaffm.internal.ffi.gguf_h;
import org.llamaffm.internal.ffi.gguf_init_params;
import org.llamaffm.testkit.GgufBytes;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/** The pure-Java GGUF reader and writer, against ggml's own gguf reader on real and synthetic files. */
class GgufTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void init() {
        LlamaRuntime.get();
    }

    static Stream<Path> vocabFiles() throws IOException {
        try (Stream<Path> files = Files.list(LlamaCppSource.dir().resolve("models"))) {
            return files
                    .filter(f -> f.getFileName().toString().matches("ggml-vocab-.*\\.gguf"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("vocabFiles")
    void readsEveryVocabFileAsGgmlDoes(Path file) {
        GgufFile gguf = Gguf.read(file);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = gguf_init_params.allocate(arena);
            gguf_init_params.no_alloc(params, true);
            MemorySegment ctx = gguf_h.gguf_init_from_file(arena.allocateFrom(file.toString()), params);
            assertThat(ctx).isNotEqualTo(MemorySegment.NULL);
            try {
                assertThat(gguf.version()).isEqualTo(gguf_h.gguf_get_version(ctx));
                assertThat(gguf.alignment()).isEqualTo(gguf_h.gguf_get_alignment(ctx));
                assertThat(gguf.dataOffset()).isEqualTo(gguf_h.gguf_get_data_offset(ctx));
                assertThat(gguf.tensors()).hasSize((int) gguf_h.gguf_get_n_tensors(ctx));
                assertThat(gguf.metadata()).hasSize((int) gguf_h.gguf_get_n_kv(ctx));
                List<String> keys = new ArrayList<>(gguf.metadata().keySet());
                for (int i = 0; i < keys.size(); i++) {
                    assertThat(NativeSymbols.string(gguf_h.gguf_get_key(ctx, i)))
                            .isEqualTo(keys.get(i));
                    GgufValue value = gguf.metadata().get(keys.get(i));
                    assertThat(gguf_h.gguf_get_kv_type(ctx, i))
                            .as(keys.get(i))
                            .isEqualTo(value.type().id());
                    if (value.type() == GgufType.ARRAY) {
                        assertThat(gguf_h.gguf_get_arr_type(ctx, i))
                                .isEqualTo(value.elementType().id());
                        assertThat(gguf_h.gguf_get_arr_n(ctx, i)).isEqualTo(value.length());
                        if (value.elementType() == GgufType.STRING) {
                            List<String> strings = value.asStrings();
                            for (int j : new int[] {0, strings.size() / 2, strings.size() - 1}) {
                                assertThat(gguf_h.gguf_get_arr_str(ctx, i, j)
                                                .reinterpret(Long.MAX_VALUE)
                                                .getString(0))
                                        .isEqualTo(strings.get(j));
                            }
                        }
                    } else if (value.type() == GgufType.STRING) {
                        assertThat(NativeSymbols.string(gguf_h.gguf_get_val_str(ctx, i)))
                                .isEqualTo(value.asString());
                    }
                }
            } finally {
                gguf_h.gguf_free(ctx);
            }
        }
    }

    @Test
    void ggmlTypesMatchTheNativeTable() {
        for (int id = 0; id < ggml_h.GGML_TYPE_COUNT; id++) {
            long blockSize = ggml_h.ggml_blck_size(id);
            var type = GgmlType.byId(id);
            if (blockSize == 0) {
                assertThat(type).as("removed ggml type " + id).isEmpty();
                continue;
            }
            assertThat(type).as("ggml type " + id).isPresent();
            assertThat(type.get().blockSize()).isEqualTo(blockSize);
            assertThat((long) type.get().typeSize()).isEqualTo(ggml_h.ggml_type_size(id));
            assertThat(type.get().ggmlName()).isEqualTo(NativeSymbols.string(ggml_h.ggml_type_name(id)));
        }
        assertThat(GgmlType.values()).hasSize(35);
    }

    @Test
    void syntheticModelsAreReproducibleAndReadBackTheSame() throws IOException {
        Path a = temp.resolve("a.gguf");
        Path b = temp.resolve("b.gguf");
        Path vocab = LlamaCppSource.vocab("llama-spm");
        SyntheticModel.llama(vocab).layers(2).weightType(GgmlType.F16).seed(7).write(a);
        SyntheticModel.llama(vocab).layers(2).weightType(GgmlType.F16).seed(7).write(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        SyntheticModel.llama(vocab).layers(2).weightType(GgmlType.F16).seed(8).write(b);
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));

        GgufFile gguf = Gguf.read(a);
        assertThat(gguf.architecture()).contains("llama");
        assertThat(gguf.getLong("llama.block_count")).contains(2L);
        assertThat(gguf.get("tokenizer.ggml.tokens").orElseThrow().asStrings())
                .hasSize(32000)
                .contains("<s>");
        assertThat(gguf.tensors()).hasSize(2 + 2 * 9);
        GgufTensorInfo embd = gguf.tensors().getFirst();
        assertThat(embd.name()).isEqualTo("token_embd.weight");
        assertThat(embd.type()).isEqualTo(GgmlType.F16);
        assertThat(embd.shape()).containsExactly(64, 32000);
        assertThat(embd.size()).isEqualTo(64L * 32000 * 2);
        assertThat(gguf.dataOffset()
                        + gguf.tensors().getLast().offset()
                        + gguf.tensors().getLast().size())
                .isLessThanOrEqualTo(Files.size(a));
        assertThat(Files.list(temp)).allMatch(p -> p.getFileName().toString().endsWith(".gguf"));
    }

    // ---- malformed files: each problem reported with its kind, offset and field ------------------

    /** A GGUF file written by hand, to break one thing at a time. */
    private Path file(Consumer<ByteBuffer> body) {
        return GgufBytes.write(temp.resolve("bad.gguf"), body);
    }

    private GgufException failure(Consumer<ByteBuffer> body) throws IOException {
        Path file = file(body);
        try {
            Gguf.read(file);
        } catch (GgufException e) {
            return e;
        }
        throw new AssertionError("no GgufException for " + file);
    }

    @Test
    void notGguf() throws IOException {
        GgufException e = failure(b -> b.put("GGML is not GGUF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(e.reason()).isEqualTo(Reason.NOT_GGUF);
        assertThat(e.offset()).isZero();
        assertThat(e).hasMessageContaining("not a GGUF file: magic 0x4c4d4747");
    }

    @Test
    void unsupportedVersion() throws IOException {
        GgufException e =
                failure(b -> b.putInt(GgufBytes.MAGIC).putInt(1).putLong(0).putLong(0));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThat(e)
                .hasMessageContaining("GGUF version 1 is not supported")
                .hasMessageContaining("at offset 4 (version)");
    }

    @Test
    void truncatedHeaderAndTruncatedData() throws IOException {
        GgufException header = failure(b -> b.putInt(GgufBytes.MAGIC).putInt(3).putInt(0));
        assertThat(header.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(header.field()).isEqualTo("tensor_count");

        GgufException data = failure(b -> {
            header(b, 1, 0);
            tensor(b, "w", new long[] {1024}, 0, 0);
        });
        assertThat(data.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(data).hasMessageContaining("tensor data ends at").hasMessageContaining("(tensor 0 (w))");
    }

    @Test
    void countsThatCannotFitAreRejectedBeforeAnyAllocation() throws IOException {
        GgufException e = failure(b -> header(b, 0, Long.MAX_VALUE));
        assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(e)
                .hasMessageContaining("count 9223372036854775807 cannot fit in the 0 bytes left")
                .hasMessageContaining("at offset 16 (metadata_kv_count)");

        GgufException array = failure(b -> {
            header(b, 0, 1);
            string(b, "k");
            b.putInt(9).putInt(4).putLong(1L << 40); // ARRAY of UINT32, 2^40 elements
        });
        assertThat(array).hasMessageContaining("count 1099511627776 cannot fit");

        GgufException string = failure(b -> {
            header(b, 0, 1);
            b.putLong(-1L); // key length 2^64 - 1
            b.put(new byte[16]);
        });
        assertThat(string).hasMessageContaining("count 18446744073709551615 cannot fit");
    }

    @Test
    void malformedValues() throws IOException {
        assertThat(failure(b -> {
                    header(b, 0, 1);
                    string(b, "flag");
                    b.putInt(7).put((byte) 2);
                }))
                .hasMessageContaining("bool byte 2 is neither 0 nor 1")
                .hasMessageContaining("(metadata 'flag')");
        assertThat(failure(b -> {
                    header(b, 0, 2);
                    string(b, "k");
                    b.putInt(4).putInt(1);
                    string(b, "k");
                    b.putInt(4).putInt(2);
                }))
                .hasMessageContaining("duplicate key 'k'");
        assertThat(failure(b -> {
                    header(b, 0, 1);
                    string(b, "");
                    b.putInt(4).putInt(1);
                }))
                .hasMessageContaining("empty key");
        assertThat(failure(b -> {
                    header(b, 0, 1);
                    string(b, "nested");
                    b.putInt(9).putInt(9).putLong(0);
                }))
                .hasMessageContaining("arrays of arrays are not supported");
        assertThat(failure(b -> {
                    header(b, 0, 1);
                    string(b, "k");
                    b.putInt(13);
                }))
                .hasMessageContaining("unknown value type 13");
        assertThat(failure(b -> {
                    header(b, 0, 1);
                    string(b, "general.alignment");
                    b.putInt(4).putInt(48);
                }))
                .hasMessageContaining("general.alignment must be a UINT32 power of two");
    }

    @Test
    void malformedTensorInfos() throws IOException {
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "x".repeat(64), new long[] {32}, 0, 0);
                }))
                .hasMessageContaining("string of 64 bytes exceeds the limit of 63");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {1, 1, 1, 1, 1}, 0, 0);
                }))
                .hasMessageContaining("n_dims 5 is not in 1..4");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {32}, 4, 0);
                }))
                .hasMessageContaining("unknown or removed ggml type 4");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {33}, GgmlType.Q4_0.id(), 0);
                }))
                .hasMessageContaining("row length 33 is not a multiple of the q4_0 block size 32");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {32}, 0, 3);
                }))
                .hasMessageContaining("data offset 3 is not a multiple of the alignment 32");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {-1}, 0, 0);
                }))
                .hasMessageContaining("negative dimension -1");
        assertThat(failure(b -> {
                    header(b, 1, 0);
                    tensor(b, "w", new long[] {1L << 40, 1L << 40}, 0, 0);
                }))
                .hasMessageContaining("element count overflows");
        assertThat(failure(b -> {
                    header(b, 2, 0);
                    tensor(b, "w", new long[] {32}, 0, 0);
                    tensor(b, "w", new long[] {32}, 0, 128);
                }))
                .hasMessageContaining("duplicate tensor name");
        assertThat(failure(b -> {
                    header(b, 2, 0);
                    tensor(b, "a", new long[] {32}, 0, 0);
                    tensor(b, "b", new long[] {32}, 0, 256);
                    b.put(new byte[1024]);
                }))
                .hasMessageContaining("tensor data offset 256, expected 128 (tensors must follow each other in order)");
    }

    @Test
    void limitsBoundWhatIsAllocated() throws IOException {
        Path file = file(b -> {
            header(b, 0, 1);
            string(b, "tokens");
            b.putInt(9).putInt(8).putLong(3);
            string(b, "a");
            string(b, "b");
            string(b, "c");
        });
        assertThat(Gguf.read(file).get("tokens").orElseThrow().asStrings()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> Gguf.read(file, new Gguf.Limits(64, 64, 2, 1 << 20, 32)))
                .isInstanceOf(GgufException.class)
                .hasMessageContaining("array of 3 elements exceeds the limit of 2");
    }

    @Test
    void everyTruncationOfARealFileIsReportedNotCrashed() throws IOException {
        Path model = temp.resolve("m.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .embedding(32)
                .feedForward(32)
                .heads(2, 2)
                .write(model);
        byte[] bytes = Files.readAllBytes(model);
        long dataOffset = Gguf.read(model).dataOffset();
        Path cut = temp.resolve("cut.gguf");
        for (long length :
                new long[] {0, 3, 8, 23, 100, 1000, dataOffset / 2, dataOffset - 1, dataOffset, bytes.length - 1}) {
            Files.write(cut, Arrays.copyOf(bytes, (int) length));
            assertThatThrownBy(() -> Gguf.read(cut))
                    .as("cut at " + length)
                    .isInstanceOf(GgufException.class)
                    .satisfies(e -> assertThat(((GgufException) e).reason()).isIn(Reason.TRUNCATED, Reason.NOT_GGUF));
        }
    }
}
