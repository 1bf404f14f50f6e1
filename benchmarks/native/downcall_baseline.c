// The C baseline of DowncallBenchmark: the same trivial llama.cpp call (llama_vocab_n_tokens, a
// field read in libllama) made from C through the dynamic linker's PLT, as any C or JNI caller
// makes it. Prints nanoseconds per call, best of 5 rounds of 100M calls.
//
//   benchmarks/downcall-baseline.sh   (compiles this against the build's libllama and runs it)
#include "llama.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void quiet(enum ggml_log_level level, const char * text, void * user_data) {
    (void) level;
    (void) text;
    (void) user_data;
}

int main(int argc, char ** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s VOCAB.gguf\n", argv[0]);
        return 2;
    }
    llama_log_set(quiet, NULL);
    struct llama_model_params params = llama_model_default_params();
    params.vocab_only = true;
    struct llama_model * model = llama_model_load_from_file(argv[1], params);
    if (model == NULL) {
        fprintf(stderr, "cannot load %s\n", argv[1]);
        return 1;
    }
    const struct llama_vocab * vocab = llama_model_get_vocab(model);
    const long calls = 100000000L;
    double best = 1e300;
    volatile long sink = 0;
    for (int round = 0; round < 5; round++) {
        long sum = 0;
        double start = now_ns();
        for (long i = 0; i < calls; i++) {
            sum += llama_vocab_n_tokens(vocab); // an external call: the compiler cannot drop or hoist it
        }
        double ns = (now_ns() - start) / calls;
        sink += sum;
        if (ns < best) {
            best = ns;
        }
    }
    printf("llama_vocab_n_tokens from C: %.2f ns per call (best of 5 x %ld calls)\n", best, calls);
    llama_model_free(model);
    return sink == 0;
}
