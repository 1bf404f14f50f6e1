package org.llamaffm.policy;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.llamaffm.gguf.Gguf;

/** A model file failed a check of {@link ModelValidator}: {@link #reason()} says which, the message where and why. */
public final class ModelRejectedException extends PolicyException {

    /**
     * The validator's checks, in the order they run (the {@link Sandbox}'s own are
     * {@link AdmissionDeniedException.Reason}).
     */
    public enum Reason {
        /** The file cannot be read. */
        UNREADABLE("the file can be opened and read"),
        /** Not GGUF (magic). */
        NOT_GGUF("the file starts with the GGUF magic"),
        /** GGUF version other than 2 or 3. */
        VERSION("the GGUF version is 2 or 3"),
        /** The file is shorter than its header says (counts, lengths, tensor data). */
        TRUNCATED("every count, length and tensor extent fits in the bytes the file has"),
        /** The strict reader's structural checks (see {@link Gguf#read}). */
        STRUCTURE("value types are valid; bool bytes are 0/1; keys are non-empty and unique; arrays are not nested "
                + "and within limits; strings within limits; general.alignment is a UINT32 power of two <= 1 MiB; "
                + "tensor names are 1..63 bytes and unique; n_dims is 1..4; element and byte counts do not overflow; "
                + "tensor types exist in the pinned ggml; rows are whole blocks; data offsets are aligned, in order, "
                + "contiguous and inside the file"),
        /** A metadata key that is not printable ASCII. */
        KEY_NOT_ASCII("metadata keys are printable ASCII"),
        /** A tensor dimension of 0. */
        ZERO_DIMENSION("every tensor dimension is >= 1"),
        /** general.architecture missing or not a string. */
        ARCHITECTURE_MISSING("general.architecture is present and a string"),
        /**
         * The architecture is not on the policy's list, or (for an empty list) not one the
         * validator has rules for ({@link ModelValidator#KNOWN_ARCHITECTURES}).
         */
        ARCHITECTURE_NOT_ALLOWED(
                "the architecture is on the policy's list; with an empty list, one the validator has rules for"),
        /** A hyperparameter of the wrong type, out of range or missing. */
        HYPERPARAMETER("<arch>.block_count is an integer in 1..512 (LLAMA_MAX_LAYERS); <arch>.context_length and "
                + "<arch>.embedding_length, when present, are integers >= 1; every key llama.cpp reads has the GGUF type "
                + "its strict getters insist on (per-layer arrays one entry per layer); a model (a file with tensors) "
                + "has the keys llama.cpp requires"),
        /** Hyperparameters that llama.cpp's loader or the architecture's graph asserts or throws on. */
        ARCHITECTURE_SHAPE("expert, head, head-size, rope and pooling values satisfy what llama.cpp's load_hparams, "
                + "the architecture's load code and its graph builder assert (see HyperparameterRules)"),
        /** Tokenizer arrays of the wrong element type. */
        TOKENIZER_TYPES("tokenizer.ggml.tokens and .merges are string arrays, .scores a float32 array, .token_type an "
                + "int32 array, .model a string"),
        /** Tokenizer arrays of different lengths. */
        TOKENIZER_LENGTHS("tokens is present and non-empty when scores or token_type are, and they have its length"),
        /** A token type value llama.cpp does not know. */
        TOKEN_TYPE("every token_type is 0..6 (llama_token_type)"),
        /** A special-token id outside the vocabulary. */
        SPECIAL_TOKEN("every tokenizer.ggml.*_token_id is an integer in [0, vocabulary size)"),
        /** A BYTE token whose text is not {@code <0xNN>}. */
        BYTE_TOKEN("every BYTE token's text is <0xNN> with two hex digits"),
        /** A vocabulary shape that makes llama.cpp's vocabulary load or its tokenizer throw or abort. */
        VOCABULARY_SHAPE("the tokenizer model and pre-tokenizer are known; BPE has merges; token texts are unique; "
                + "SPM has a byte token for every byte; WPM has CLS, SEP and UNK and no byte tokens; UGM has UNK and a "
                + "well-formed precompiled charsmap; add_bos/add_eos have a BOS/EOS token (see VocabularyRules)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** What the check requires. */
        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final Path file;

    ModelRejectedException(Reason reason, Path file, String detail, @Nullable Throwable cause) {
        super("model rejected (" + reason.name().toLowerCase(Locale.ROOT) + "): " + file + ": " + detail, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
