/**
 * What tests, benchmarks and demos share, and what no application should need: random-weight model
 * writers ({@link org.llamaffm.testkit.SyntheticModel}, {@link org.llamaffm.testkit.SyntheticBert}) on
 * the tokenizer of a real GGUF file, hand-made GGUF bytes, llama.cpp's vocab files from the pinned
 * source, and {@link org.llamaffm.testkit.ChildJvm} for what must crash somewhere other than the test.
 * The CLI's demo model and {@code synthetic} command use it; every other module uses it in tests only.
 */
module org.llamaffm.testkit {
    requires static org.jspecify;
    requires transitive org.llamaffm.gguf;

    exports org.llamaffm.testkit;
}
