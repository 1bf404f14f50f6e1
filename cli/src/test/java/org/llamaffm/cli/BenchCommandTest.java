package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code llama-ffm bench}'s plan: every value checked before a model loads; llama-bench's flags and fields. */
class BenchCommandTest {

    @TempDir
    Path temp;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    /** Nothing ran: no progress line, no result, the one error line. */
    private static void assertFailsAtOnce(Cli.Result result, String error) {
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("bench: " + error + " (see --help)\n");
    }

    @Test
    void aBadFlashAttentionValueFailsBeforeAnyModelLoads() {
        String demo = DemoModel.path(new PrintWriter(new StringWriter())).toString();
        Path missing = temp.resolve("missing.gguf");
        // the model after the bad value does not exist: the value is reported, not the file
        assertFailsAtOnce(
                run("bench", "-m", demo, "-fa", "on,maybe", "-m", missing.toString(), "-r", "1"),
                "Invalid value for option '--flash-attn' (on|off|auto): 'maybe' is not on, off or auto");
        assertFailsAtOnce(
                run("bench", "-fa", "2", "-p", "8", "-n", "0", "-r", "1"),
                "Invalid value for option '--flash-attn' (on|off|auto): '2' is not on, off or auto");
    }

    @Test
    void everyValueIsCheckedBeforeTheFirstModelLoads() {
        String demo = DemoModel.path(new PrintWriter(new StringWriter())).toString();
        Path missing = temp.resolve("missing.gguf");
        // a model that does not exist, listed after one that does: the first is not run
        assertFailsAtOnce(
                run("bench", "-m", demo, "-m", missing.toString(), "-p", "8", "-n", "0", "-r", "1"),
                "model file not found or not readable: " + missing);
        assertFailsAtOnce(run("bench", "-m", demo, "-r", "0"), "repetitions must be >= 1, was 0");
        assertFailsAtOnce(run("bench", "-m", demo, "-t", "2,0"), "-t takes values >= 1, was 0");
        assertFailsAtOnce(run("bench", "-m", demo, "-b", "-4"), "-b takes values >= 1, was -4");
        assertFailsAtOnce(run("bench", "-m", demo, "-ub", "512,0"), "-ub takes values >= 1, was 0");
        assertFailsAtOnce(run("bench", "-m", demo, "-d", "-1"), "-d takes values >= 0, was -1");
        assertFailsAtOnce(run("bench", "-m", demo, "-p", "-8"), "-p takes values >= 0, was -8");
        assertFailsAtOnce(run("bench", "-m", demo, "-pg", "512,x"), "-pg takes PP,TG (e.g. 512,128), was '512,x'");
        assertFailsAtOnce(run("bench", "-m", demo, "-p", "0", "-n", "0"), "no test: give -p, -n or -pg sizes above 0");
        assertFailsAtOnce(run("bench", "-m", demo, "-ngl", "-3"), "gpuLayers must be -1 (all) or >= 0, was -3");
        assertFailsAtOnce(
                run("bench", "-m", demo, "-dev", "none;NOPE0"),
                "no device named 'NOPE0'; there are "
                        + org.llamaffm.LlamaRuntime.get().devices().stream()
                                .map(org.llamaffm.Device::name)
                                .toList());
        assertFailsAtOnce(
                run("bench", "-m", demo, "-ctv", "q9"),
                "unknown KV cache type 'q9'; one of "
                        + org.llamaffm.ContextParams.KV_TYPES.stream()
                                .map(org.llamaffm.gguf.GgmlType::ggmlName)
                                .sorted()
                                .toList());
        assertFailsAtOnce(run("bench", "-m", demo, "-o", "sql"), "unknown output format 'sql' (md, csv, json, jsonl)");
    }

    @Test
    void flagsAndFieldsAreLlamaBenchs() throws Exception {
        Cli.Result help = run("bench", "--help");
        assertThat(help.out())
                .contains(
                        "mirror llama-bench's",
                        "-ngl, --gpu-layers, --n-gpu-layers=N",
                        "-fa, --flash-attn=on|off|auto[,on|off|auto...]",
                        "-ub, --ubatch-size=N[,N...]");

        // -fa takes llama.cpp's spellings (on/off/auto, 1/0/-1), one test per value; -ngl -1 (all) by default
        Cli.Result result = run(
                "bench", "-p", "8", "-n", "0", "-r", "1", "-t", "2", "--no-warmup", "-fa", "off,1,auto", "-o", "jsonl");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("llama-ffm bench: 3/3");
        ObjectMapper json = new ObjectMapper();
        var lines = result.out()
                .lines()
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
        assertThat(lines).extracting(line -> line.get("flash_attn").asInt()).containsExactly(0, 1, -1);
        for (JsonNode line : lines) {
            assertThat(line.get("n_gpu_layers").asInt()).isEqualTo(-1);
            assertThat(line.get("devices").asText()).isEqualTo("auto");
        }
    }
}
