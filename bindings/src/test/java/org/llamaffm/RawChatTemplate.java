package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * Run in a child JVM by the tests: hands the Jinja template in file {@code args[0]} (or, for a
 * {@code .gguf} file, the templates of that model) straight to the shim (llama_ffm_chat_templates_init,
 * then llama_ffm_chat_apply), with none of ChatTemplate's checks, and prints "rendered N chars" or
 * llama.cpp's error.
 */
public final class RawChatTemplate {

    private RawChatTemplate() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean isModel = file.toString().endsWith(".gguf");
        LlamaRuntime.get();
        try (Arena arena = Arena.ofConfined();
                Model model = isModel ? Model.load(file) : null) {
            MemorySegment error = arena.allocate(ValueLayout.ADDRESS);
            MemorySegment templates = llama_ffm_shim_h.llama_ffm_chat_templates_init(
                    isModel ? model.handle() : MemorySegment.NULL,
                    isModel ? MemorySegment.NULL : arena.allocateFrom(Files.readString(file)),
                    MemorySegment.NULL,
                    MemorySegment.NULL,
                    error);
            if (!error.get(ValueLayout.ADDRESS, 0).equals(MemorySegment.NULL)) {
                System.out.println("error: "
                        + error.get(ValueLayout.ADDRESS, 0).reinterpret(1 << 20).getString(0));
                System.exit(1);
            }
            MemorySegment result = llama_ffm_shim_h.llama_ffm_chat_apply(
                    templates, arena.allocateFrom("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"), error);
            if (!error.get(ValueLayout.ADDRESS, 0).equals(MemorySegment.NULL)) {
                System.out.println("error: "
                        + error.get(ValueLayout.ADDRESS, 0).reinterpret(1 << 20).getString(0));
                System.exit(1);
            }
            System.out.println("rendered "
                    + result.reinterpret(Long.MAX_VALUE).getString(0).length() + " chars");
        }
    }
}
