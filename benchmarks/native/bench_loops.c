// llama-bench's model, context and timed loops (tools/llama-bench/llama-bench.cpp: its default
// parameters, threadpool, test_prompt and test_gen), as a library that LoopParity calls through FFM.
// Each loop call runs one repetition and returns its nanoseconds, so that llama-bench's C loops and
// `llama-ffm bench`'s Java loops can take turns rep by rep in one process: the host's drift, which
// is larger than the differences asked about, then falls on both alike.
//
//   benchmarks/loop-parity.sh   (compiles this against the build's libllama and runs LoopParity)
#include "ggml-backend.h"
#include "ggml-cpu.h"
#include "llama.h"

#include <stdlib.h>
#include <time.h>

struct loops {
    struct llama_model *     model;
    struct llama_context *   ctx;
    struct ggml_threadpool * threadpool;
    void (*threadpool_free)(struct ggml_threadpool *);
};

// The model and a context as llama-bench makes them for a test of n_ctx = prompt + gen tokens.
struct loops * loops_open(const char * path, int n_ctx, int n_batch, int n_ubatch, int n_threads) {
    ggml_backend_dev_t cpu = ggml_backend_dev_by_type(GGML_BACKEND_DEVICE_TYPE_CPU);
    if (cpu == NULL) {
        return NULL;
    }
    ggml_backend_reg_t reg = ggml_backend_dev_backend_reg(cpu);
    struct ggml_threadpool * (*threadpool_new)(struct ggml_threadpool_params *) =
        (struct ggml_threadpool * (*)(struct ggml_threadpool_params *)) ggml_backend_reg_get_proc_address(reg, "ggml_threadpool_new");
    void (*threadpool_free)(struct ggml_threadpool *) =
        (void (*)(struct ggml_threadpool *)) ggml_backend_reg_get_proc_address(reg, "ggml_threadpool_free");
    struct loops * l = calloc(1, sizeof(struct loops));
    if (l == NULL || threadpool_new == NULL || threadpool_free == NULL) {
        free(l);
        return NULL;
    }
    l->threadpool_free = threadpool_free;
    struct llama_model_params mparams = llama_model_default_params();
    mparams.n_gpu_layers = 99;
    l->model = llama_model_load_from_file(path, mparams);
    if (l->model == NULL) {
        free(l);
        return NULL;
    }
    struct llama_context_params cparams = llama_context_default_params();
    cparams.n_ctx    = n_ctx;
    cparams.n_batch  = n_batch;
    cparams.n_ubatch = n_ubatch;
    cparams.swa_full = false;
    l->ctx = llama_init_from_model(l->model, cparams);
    if (l->ctx == NULL) {
        llama_model_free(l->model);
        free(l);
        return NULL;
    }
    struct ggml_threadpool_params tpp = ggml_threadpool_params_default(n_threads);
    tpp.poll = 50;
    l->threadpool = threadpool_new(&tpp);
    if (l->threadpool == NULL) {
        llama_free(l->ctx);
        llama_model_free(l->model);
        free(l);
        return NULL;
    }
    llama_attach_threadpool(l->ctx, l->threadpool, NULL);
    return l;
}

void loops_close(struct loops * l) {
    llama_free(l->ctx);
    l->threadpool_free(l->threadpool);
    llama_model_free(l->model);
    free(l);
}

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// test_prompt: n_prompt random tokens (BOS first when the vocabulary adds one) in batches of n_batch.
long long loops_prompt(struct loops * l, int n_prompt, int n_batch, int n_threads) {
    struct llama_context * ctx = l->ctx;
    const struct llama_vocab * vocab = llama_model_get_vocab(llama_get_model(ctx));
    const int n_vocab = llama_vocab_n_tokens(vocab);
    llama_token * tokens = malloc(sizeof(llama_token) * n_batch);
    if (tokens == NULL) {
        return -1;
    }
    llama_memory_clear(llama_get_memory(ctx), false);
    long long start = now_ns();
    llama_set_n_threads(ctx, n_threads, n_threads);
    int n_processed = 0;
    while (n_processed < n_prompt) {
        int n_tokens = n_prompt - n_processed < n_batch ? n_prompt - n_processed : n_batch;
        tokens[0] = n_processed == 0 && llama_vocab_get_add_bos(vocab) ? llama_vocab_bos(vocab) : rand() % n_vocab;
        for (int i = 1; i < n_tokens; i++) {
            tokens[i] = rand() % n_vocab;
        }
        if (llama_decode(ctx, llama_batch_get_one(tokens, n_tokens)) != 0) {
            free(tokens);
            return -1;
        }
        n_processed += n_tokens;
    }
    llama_synchronize(ctx);
    long long elapsed = now_ns() - start;
    free(tokens);
    return elapsed;
}

// test_gen: n_gen tokens one at a time, synchronized after each.
long long loops_gen(struct loops * l, int n_gen, int n_threads) {
    struct llama_context * ctx = l->ctx;
    const struct llama_vocab * vocab = llama_model_get_vocab(llama_get_model(ctx));
    const int n_vocab = llama_vocab_n_tokens(vocab);
    llama_memory_clear(llama_get_memory(ctx), false);
    long long start = now_ns();
    llama_set_n_threads(ctx, n_threads, n_threads);
    llama_token token = llama_vocab_get_add_bos(vocab) ? llama_vocab_bos(vocab) : rand() % n_vocab;
    for (int i = 0; i < n_gen; i++) {
        if (llama_decode(ctx, llama_batch_get_one(&token, 1)) != 0) {
            return -1;
        }
        llama_synchronize(ctx);
        token = rand() % n_vocab;
    }
    return now_ns() - start;
}
