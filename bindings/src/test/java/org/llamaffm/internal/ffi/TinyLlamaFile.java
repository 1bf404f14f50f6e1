package org.llamaffm.internal.ffi;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a tiny llama-architecture GGUF model with ggml's and gguf's own C API, through the
 * generated bindings: the tokenizer and metadata of one of llama.cpp's vocab-only files, small
 * hyperparameters (1 layer, 64-wide, 4 heads) and seeded random F32 weights (about 8 MB, nearly
 * all of it the token embedding).
 */
final class TinyLlamaFile {

    static final int N_EMBD = 64;
    static final int N_FF = 128;
    static final int N_HEAD = 4;

    private TinyLlamaFile() {}

    static void write(Path vocab, Path out, long seed) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment readParams = gguf_init_params.allocate(arena);
            gguf_init_params.no_alloc(readParams, true);
            gguf_init_params.ctx(readParams, MemorySegment.NULL);
            MemorySegment source = gguf_h.gguf_init_from_file(arena.allocateFrom(vocab.toString()), readParams);
            if (source.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("gguf_init_from_file failed for " + vocab);
            }
            MemorySegment gguf = gguf_h.gguf_init_empty();
            gguf_h.gguf_set_kv(gguf, source);
            long vocabSize = gguf_h.gguf_get_arr_n(
                    source, gguf_h.gguf_find_key(source, arena.allocateFrom("tokenizer.ggml.tokens")));
            gguf_h.gguf_free(source);

            setU32(gguf, arena, "llama.context_length", 256);
            setU32(gguf, arena, "llama.embedding_length", N_EMBD);
            setU32(gguf, arena, "llama.feed_forward_length", N_FF);
            setU32(gguf, arena, "llama.block_count", 1);
            setU32(gguf, arena, "llama.attention.head_count", N_HEAD);
            setU32(gguf, arena, "llama.attention.head_count_kv", N_HEAD);
            setU32(gguf, arena, "llama.rope.dimension_count", N_EMBD / N_HEAD);
            setU32(gguf, arena, "general.file_type", 0); // all F32

            long bytes = (vocabSize * N_EMBD + 4L * N_EMBD * N_EMBD + 3L * N_EMBD * N_FF + 3L * N_EMBD) * Float.BYTES;
            MemorySegment initParams = ggml_init_params.allocate(arena);
            ggml_init_params.mem_size(initParams, bytes + 64L * ggml_h.ggml_tensor_overhead());
            ggml_init_params.mem_buffer(initParams, MemorySegment.NULL);
            ggml_init_params.no_alloc(initParams, false);
            MemorySegment ctx = ggml_h.ggml_init(initParams);
            SplittableRandom random = new SplittableRandom(seed);
            try {
                tensor(gguf, ctx, arena, random, "token_embd.weight", N_EMBD, vocabSize);
                tensor(gguf, ctx, arena, random, "output_norm.weight", N_EMBD, 1);
                tensor(gguf, ctx, arena, random, "blk.0.attn_norm.weight", N_EMBD, 1);
                tensor(gguf, ctx, arena, random, "blk.0.attn_q.weight", N_EMBD, N_EMBD);
                tensor(gguf, ctx, arena, random, "blk.0.attn_k.weight", N_EMBD, N_EMBD);
                tensor(gguf, ctx, arena, random, "blk.0.attn_v.weight", N_EMBD, N_EMBD);
                tensor(gguf, ctx, arena, random, "blk.0.attn_output.weight", N_EMBD, N_EMBD);
                tensor(gguf, ctx, arena, random, "blk.0.ffn_norm.weight", N_EMBD, 1);
                tensor(gguf, ctx, arena, random, "blk.0.ffn_gate.weight", N_EMBD, N_FF);
                tensor(gguf, ctx, arena, random, "blk.0.ffn_down.weight", N_FF, N_EMBD);
                tensor(gguf, ctx, arena, random, "blk.0.ffn_up.weight", N_EMBD, N_FF);
                if (!gguf_h.gguf_write_to_file(gguf, arena.allocateFrom(out.toString()), false)) {
                    throw new IllegalStateException("gguf_write_to_file failed for " + out);
                }
            } finally {
                ggml_h.ggml_free(ctx);
                gguf_h.gguf_free(gguf);
            }
        }
    }

    private static void setU32(MemorySegment gguf, Arena arena, String key, int value) {
        gguf_h.gguf_set_val_u32(gguf, arena.allocateFrom(key), value);
    }

    /** A 1-D (rows == 1) or 2-D F32 tensor of small random values; norms start at 1. */
    private static void tensor(
            MemorySegment gguf,
            MemorySegment ctx,
            Arena arena,
            SplittableRandom random,
            String name,
            long columns,
            long rows) {
        MemorySegment tensor = rows == 1
                ? ggml_h.ggml_new_tensor_1d(ctx, ggml_h.GGML_TYPE_F32, columns)
                : ggml_h.ggml_new_tensor_2d(ctx, ggml_h.GGML_TYPE_F32, columns, rows);
        ggml_h.ggml_set_name(tensor, arena.allocateFrom(name));
        MemorySegment data = ggml_h.ggml_get_data(tensor).reinterpret(ggml_h.ggml_nbytes(tensor));
        boolean norm = name.endsWith("norm.weight");
        for (long i = 0; i < columns * rows; i++) {
            data.setAtIndex(JAVA_FLOAT, i, norm ? 1.0f : (float) (random.nextDouble() - 0.5) * 0.2f);
        }
        gguf_h.gguf_add_tensor(gguf, tensor);
    }
}
