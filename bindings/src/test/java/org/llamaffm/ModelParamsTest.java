package org.llamaffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llamaffm.internal.ffi.llama_model_params;

class ModelParamsTest {

    @Test
    void toNativeSetsEveryField() {
        LlamaRuntime.get();
        ModelParams params = ModelParams.builder()
                .gpuLayers(7)
                .splitMode(ModelParams.SplitMode.ROW)
                .loadMode(ModelParams.LoadMode.MMAP)
                .vocabOnly(true)
                .checkTensors(true)
                .build();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = params.toNative(arena, false, null);
            assertThat(llama_model_params.n_gpu_layers(p)).isEqualTo(7);
            assertThat(llama_model_params.main_gpu(p)).isZero();
            assertThat(llama_model_params.split_mode(p)).isEqualTo(2);
            assertThat(llama_model_params.load_mode(p)).isEqualTo(1);
            assertThat(llama_model_params.vocab_only(p)).isTrue();
            assertThat(llama_model_params.check_tensors(p)).isTrue();
            assertThat(llama_model_params.no_alloc(p)).isFalse();
            assertThat(llama_model_params.progress_callback(p)).isEqualTo(MemorySegment.NULL);
            assertThat(llama_model_params.devices(p))
                    .as("null devices: llama.cpp's choice")
                    .isEqualTo(MemorySegment.NULL);
        }
    }

    @Test
    void aNoAllocLoadMapsNothingAndProgressGetsAnUpcall() {
        LlamaRuntime.get();
        ModelParams params =
                ModelParams.builder().loadMode(ModelParams.LoadMode.MMAP).build();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = params.toNative(arena, true, (progress, userData) -> true);
            assertThat(llama_model_params.no_alloc(p)).isTrue();
            assertThat(llama_model_params.load_mode(p)).isEqualTo(ModelParams.LoadMode.NONE.nativeValue);
            assertThat(llama_model_params.progress_callback(p)).isNotEqualTo(MemorySegment.NULL);
        }
    }

    @Test
    void anEmptyDeviceListIsANullTerminatedArrayAndAnUnknownDeviceIsRefused() {
        LlamaRuntime.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment none = llama_model_params.devices(
                    ModelParams.builder().devices(List.of()).build().toNative(arena, false, null));
            assertThat(none).isNotEqualTo(MemorySegment.NULL);
            assertThat(none.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0))
                    .as("CPU only")
                    .isEqualTo(MemorySegment.NULL);
            ModelParams unknown =
                    ModelParams.builder().devices(List.of("NOPE0")).build();
            assertThatThrownBy(() -> unknown.toNative(arena, false, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("no device named 'NOPE0'; there are [");
        }
    }
}
