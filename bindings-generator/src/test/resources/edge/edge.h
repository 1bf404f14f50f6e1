// A header with one of each construct the generator handles (the llama.cpp headers use them all).
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EDGE_API __attribute__((visibility("default")))
#define EDGE_DEPRECATED(func, hint) func __attribute__((deprecated(hint)))

#define EDGE_INT   42
#define EDGE_NEG   -3
#define EDGE_SEED  0xFFFFFFFFu
#define EDGE_BIG   (1ULL << 40)
#define EDGE_EXPR  (EDGE_INT * 2)
#define EDGE_NAME  "edge"
#define EDGE_RATIO 0.5
#define EDGE_MAX(a, b) ((a) > (b) ? (a) : (b))

struct edge_handle; // opaque

enum edge_kind {
    EDGE_KIND_A,
    EDGE_KIND_B = 5,
    EDGE_KIND_C,
};

enum { EDGE_ANON_ONE = 1 };

typedef bool (*edge_callback)(float progress, void * user_data);

// a value with a tag
struct edge_value {
    enum edge_kind kind;
    char name[16];
    union {
        int64_t i;
        double  d;
        bool    b;
    };
    struct {
        int32_t x;
        int32_t y;
    } inner;
    void (*on_event)(struct edge_handle * handle, int code);
    edge_callback callback;
    bool flag;
};

typedef struct {
    int32_t first;
    int32_t second;
} edge_pair_t;

typedef edge_pair_t (*edge_pair_maker)(void * user_data);

EDGE_API int32_t edge_add(int32_t a, int32_t b);
EDGE_API edge_pair_t edge_make_pair(int32_t first, int32_t second);
EDGE_API void edge_use(struct edge_value value, const char * text, struct edge_handle * handle);
EDGE_API size_t edge_size(const struct edge_handle * handle);
EDGE_API int edge_printf(const char * format, ...);
EDGE_API void edge_keywords(int new, int class, int);
EDGE_DEPRECATED(EDGE_API int32_t edge_old(int32_t a), "use edge_add instead");
static inline int edge_inline(int a) { return a; }
