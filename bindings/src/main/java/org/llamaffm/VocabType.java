package org.llamaffm;

/** The tokenizer family of a model ({@code enum llama_vocab_type}). */
public enum VocabType {
    /** No vocabulary. */
    NONE,
    /** SentencePiece byte-level BPE with byte fallback (LLaMA 1/2, Mistral). */
    SPM,
    /** GPT-2 style byte-level BPE (LLaMA 3, Qwen, DeepSeek). */
    BPE,
    /** BERT WordPiece. */
    WPM,
    /** T5 Unigram. */
    UGM,
    /** RWKV greedy tokenization. */
    RWKV,
    /** PLaMo-2 tokenizer. */
    PLAMO2,
    /** llama.cpp's test tokenizer. */
    TEST
}
