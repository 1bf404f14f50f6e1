// Generated from the llama.cpp, ggml and llama-ffm shim headers at llama.cpp de3ff815ea7d559ee917f063901b8986f038abc6 by the llama-ffm bindings generator. Do not edit.
/**
 * FFM bindings generated from the C headers of the pinned llama.cpp and of the llama-ffm shim
 * by {@code bindings-generator}. Internal: not exported, not API; the {@code org.llamaffm}
 * classes are built on them. Regenerate with {@code mvn -Pregenerate}, never edit.
 */
package org.llamaffm.internal.ffi;
