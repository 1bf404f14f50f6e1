package org.llamaffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llamaffm.internal.ffi.llama_ffm_shim_h;

/**
 * Run in a child JVM by the tests: hands the Jinja template in file {@code args[0]} straight to the
 * shim (llama_ffm_chat_templates_init, then llama_ffm_chat_apply), with none of ChatTemplate's checks,
 * and prints "rendered N chars" or llama.cpp's error.
 */
public final class RawChatTemplate {

    private RawChatTemplate() {
    }

    public static void main(String[] args) throws Exception {
        String source = Files.readString(Path.of(args[0]));
        LlamaRuntime.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(ValueLayout.ADDRESS);
            MemorySegment templates = llama_ffm_shim_h.llama_ffm_chat_templates_init(MemorySegment.NULL,
                    arena.allocateFrom(source), MemorySegment.NULL, MemorySegment.NULL, error);
            if (!error.get(ValueLayout.ADDRESS, 0).equals(MemorySegment.NULL)) {
                System.out.println("error: " + error.get(ValueLayout.ADDRESS, 0).reinterpret(1 << 20).getString(0));
                System.exit(1);
            }
            MemorySegment result = llama_ffm_shim_h.llama_ffm_chat_apply(templates,
                    arena.allocateFrom("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"), error);
            if (!error.get(ValueLayout.ADDRESS, 0).equals(MemorySegment.NULL)) {
                System.out.println("error: " + error.get(ValueLayout.ADDRESS, 0).reinterpret(1 << 20).getString(0));
                System.exit(1);
            }
            System.out.println("rendered " + result.reinterpret(Long.MAX_VALUE).getString(0).length() + " chars");
        }
    }
}
