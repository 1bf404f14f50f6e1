package org.llamaffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Set;
import org.llamaffm.internal.NativeSymbols;
import org.llamaffm.internal.ShimCall;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;
import org.llamaffm.internal.ffi.llama_h;

/**
 * A model's tokenizer ({@code llama_vocab}): text to token ids and back. Thread-safe.
 *
 * <p>For text from untrusted sources keep {@code parseSpecial} false: then a user typing
 * {@code <|im_end|>} gets the tokens of those characters, not the control token. llama.cpp still
 * matches user-defined tokens with it off, some of which are markers (deepseek-coder's
 * {@code <|EOT|>}): {@link #specialTokenText()} finds and neutralizes those too.
 */
public final class Vocab {

    private final Model model;
    private final MemorySegment handle;
    private final int size;
    private volatile SpecialTokenText specialTokenText;

    Vocab(Model model, MemorySegment handle) {
        this.model = model;
        this.handle = handle;
        this.size = llama_h.llama_vocab_n_tokens(handle);
    }

    /** The native vocab, for samplers that need it. */
    MemorySegment handleForSamplers() {
        return handle();
    }

    private MemorySegment handle() {
        model.handle(); // fails once the model is freed
        return handle;
    }

    /** The number of tokens; ids are 0 .. size-1. */
    public int size() {
        return size;
    }

    public VocabType type() {
        return VocabType.values()[llama_h.llama_vocab_type(handle())];
    }

    /**
     * Tokenizes {@code text}.
     *
     * @param addSpecial   add the model's BOS (and EOS, when the model wants it) tokens
     * @param parseSpecial turn special-token text such as {@code <|eot_id|>} into control tokens;
     *                     false for untrusted text
     */
    public int[] tokenize(String text, boolean addSpecial, boolean parseSpecial) {
        return tokenize(text.getBytes(StandardCharsets.UTF_8), addSpecial, parseSpecial);
    }

    /** Tokenizes {@code text} as the model expects a prompt: with BOS/EOS as configured, special-token text not parsed. */
    public int[] tokenize(String text) {
        return tokenize(text, true, false);
    }

    /** Tokenizes UTF-8 bytes (the exact bytes, even when they are not valid UTF-8). */
    public int[] tokenize(byte[] utf8, boolean addSpecial, boolean parseSpecial) {
        MemorySegment vocab = handle();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = arena.allocate(Math.max(1, utf8.length));
            MemorySegment.copy(utf8, 0, text, JAVA_BYTE, 0, utf8.length);
            int capacity = utf8.length + 8;
            while (true) {
                MemorySegment tokens = arena.allocate(JAVA_INT, capacity);
                int n = llama_ffm_shim_h.llama_ffm_tokenize(
                        vocab, text, utf8.length, tokens, capacity, addSpecial, parseSpecial);
                if (n == llama_ffm_shim_h.LLAMA_FFM_EXCEPTION) {
                    throw ShimCall.caught("llama_tokenize");
                }
                if (n == Integer.MIN_VALUE) {
                    throw new IllegalArgumentException("text too large to tokenize: " + utf8.length + " bytes");
                }
                if (n >= 0) {
                    return tokens.asSlice(0, (long) n * Integer.BYTES).toArray(JAVA_INT);
                }
                capacity = -n;
            }
        }
    }

    /** The bytes of one token as text (a piece can be part of a UTF-8 character). */
    public byte[] tokenToBytes(int token, boolean special) {
        checkToken(token);
        MemorySegment vocab = handle();
        try (Arena arena = Arena.ofConfined()) {
            int capacity = 64;
            while (true) {
                MemorySegment buffer = arena.allocate(capacity);
                int n = llama_ffm_shim_h.llama_ffm_token_to_piece(vocab, token, buffer, capacity, 0, special);
                if (n == llama_ffm_shim_h.LLAMA_FFM_EXCEPTION) {
                    throw ShimCall.caught("llama_token_to_piece");
                }
                if (n >= 0) {
                    return buffer.asSlice(0, n).toArray(JAVA_BYTE);
                }
                capacity = -n;
            }
        }
    }

    /**
     * Writes the piece of {@code token} into {@code buffer} (no allocation, for the generation loop).
     *
     * @return the piece's length, or minus the length needed when the buffer is too small
     */
    int piece(int token, MemorySegment buffer, boolean special) {
        checkToken(token);
        int n = llama_ffm_shim_h.llama_ffm_token_to_piece(handle(), token, buffer, (int) buffer.byteSize(), 0, special);
        if (n == llama_ffm_shim_h.LLAMA_FFM_EXCEPTION) {
            throw ShimCall.caught("llama_token_to_piece");
        }
        return n;
    }

    /** One token as text; control tokens as their text (e.g. {@code "</s>"}) when {@code special}, else empty. */
    public String tokenToPiece(int token, boolean special) {
        return new String(tokenToBytes(token, special), StandardCharsets.UTF_8);
    }

    /**
     * Tokens back to text.
     *
     * @param removeSpecial  drop the BOS/EOS the model adds (as addSpecial put them)
     * @param unparseSpecial render control tokens as their text
     */
    public String detokenize(int[] tokens, boolean removeSpecial, boolean unparseSpecial) {
        for (int token : tokens) {
            checkToken(token);
        }
        MemorySegment vocab = handle();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ids = arena.allocateFrom(JAVA_INT, tokens);
            int capacity = tokens.length * 8 + 16;
            while (true) {
                MemorySegment text = arena.allocate(capacity);
                int n = llama_ffm_shim_h.llama_ffm_detokenize(
                        vocab, ids, tokens.length, text, capacity, removeSpecial, unparseSpecial);
                if (n == llama_ffm_shim_h.LLAMA_FFM_EXCEPTION) {
                    throw ShimCall.caught("llama_detokenize");
                }
                if (n == Integer.MIN_VALUE) {
                    throw new IllegalArgumentException("detokenized text too large");
                }
                if (n >= 0) {
                    return new String(text.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
                }
                capacity = -n;
            }
        }
    }

    /** The token's text as stored in the vocabulary (SentencePiece's ▁ for spaces, etc.). */
    public String text(int token) {
        checkToken(token);
        return NativeSymbols.string(llama_h.llama_vocab_get_text(handle(), token));
    }

    public float score(int token) {
        checkToken(token);
        return llama_h.llama_vocab_get_score(handle(), token);
    }

    public Set<TokenAttribute> attributes(int token) {
        checkToken(token);
        return TokenAttribute.of(llama_h.llama_vocab_get_attr(handle(), token));
    }

    /**
     * Where text spells this vocabulary's control tokens (and the user-defined ones it marks as
     * special), and how to tokenize such text as plain characters; built on first use, then kept.
     */
    public SpecialTokenText specialTokenText() {
        SpecialTokenText s = specialTokenText;
        if (s == null) {
            synchronized (this) {
                s = specialTokenText;
                if (s == null) {
                    s = SpecialTokenText.build(this);
                    specialTokenText = s;
                }
            }
        }
        return s;
    }

    /** The ids the model names for a special role (BOS, EOS, EOT, SEP, PAD, MASK, FIM); -1 where it has none. */
    int[] specialRoleTokens() {
        MemorySegment v = handle();
        return new int[] {
            llama_h.llama_vocab_bos(v),
            llama_h.llama_vocab_eos(v),
            llama_h.llama_vocab_eot(v),
            llama_h.llama_vocab_sep(v),
            llama_h.llama_vocab_pad(v),
            llama_h.llama_vocab_mask(v),
            llama_h.llama_vocab_fim_pre(v),
            llama_h.llama_vocab_fim_suf(v),
            llama_h.llama_vocab_fim_mid(v),
            llama_h.llama_vocab_fim_pad(v),
            llama_h.llama_vocab_fim_rep(v),
            llama_h.llama_vocab_fim_sep(v)
        };
    }

    /** True for tokens that end generation (EOS, EOT, ...). */
    public boolean isEndOfGeneration(int token) {
        checkToken(token);
        return llama_h.llama_vocab_is_eog(handle(), token);
    }

    public boolean isControl(int token) {
        checkToken(token);
        return llama_h.llama_vocab_is_control(handle(), token);
    }

    public OptionalInt bos() {
        return id(llama_h.llama_vocab_bos(handle()));
    }

    public OptionalInt eos() {
        return id(llama_h.llama_vocab_eos(handle()));
    }

    public OptionalInt eot() {
        return id(llama_h.llama_vocab_eot(handle()));
    }

    public OptionalInt sep() {
        return id(llama_h.llama_vocab_sep(handle()));
    }

    public OptionalInt nl() {
        return id(llama_h.llama_vocab_nl(handle()));
    }

    public OptionalInt pad() {
        return id(llama_h.llama_vocab_pad(handle()));
    }

    /** Whether tokenizing with addSpecial adds BOS. */
    public boolean addsBos() {
        return llama_h.llama_vocab_get_add_bos(handle());
    }

    public boolean addsEos() {
        return llama_h.llama_vocab_get_add_eos(handle());
    }

    private static OptionalInt id(int token) {
        return token == llama_h.LLAMA_TOKEN_NULL ? OptionalInt.empty() : OptionalInt.of(token);
    }

    /** llama.cpp indexes its tables with unchecked ids (an abort or a crash): checked here first. */
    void checkToken(int token) {
        if (token < 0 || token >= size) {
            throw new IllegalArgumentException("token " + token + " is out of range [0, " + size + ")");
        }
    }
}
