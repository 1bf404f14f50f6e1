package org.llamaffm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.Context;
import org.llamaffm.ContextParams;
import org.llamaffm.Generation;
import org.llamaffm.GenerationParams;
import org.llamaffm.Model;
import org.llamaffm.Sampler;
import org.llamaffm.gguf.Gguf;
import org.llamaffm.gguf.GgufValue;

/** The command as a user runs it: exit codes, stdout, one-line errors on stderr. */
class MainTest {

    @TempDir
    Path temp;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void aPromptFileThatIsNotUtf8IsOneClearLine() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("prompt", ".txt");
        java.nio.file.Files.write(file, new byte[] {'a', 0, 'b', (byte) 0xff, (byte) 0xfe});
        Cli.Result result = run("run", "-f", file.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("run: " + file + ": the prompt is not UTF-8 text\n");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"run", "chat", "embed", "bench", "inspect", "synthetic", "system"}) {
            Cli.Result help = run(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: llama-ffm " + command);
        }
        assertThat(run("--help").out()).contains("run", "chat", "embed", "bench", "inspect", "synthetic", "system");
        assertThat(run("--version").out()).startsWith("llama-ffm ").contains("llama.cpp ");
    }

    @Test
    void theUsageStoredByTheBuildIsWhatPicocliPrintsNow() {
        // what `llama-ffm`, `-h` and `--help` print without loading picocli (Main.main; see TopLevelUsage)
        String stored = TopLevelUsage.stored();
        assertThat(stored).as("the build's usage.txt").isNotNull().startsWith("Usage: llama-ffm");
        assertThat(stored).contains("serve", "synthetic", "system");
        assertThat(run("--help").out()).isEqualTo(stored);
        assertThat(run("-h").out()).isEqualTo(stored);
        assertThat(run().out()).isEqualTo(stored);
        assertThat(Main.topLevelHelp(new String[] {"--help", "run"})).isFalse();
        assertThat(Main.topLevelHelp(new String[] {"run"})).isFalse();
    }

    @Test
    void theSharedOptionsHaveLlamaCppsSpellingsAndDefaults() {
        for (String command : new String[] {"run", "chat", "embed"}) {
            assertThat(run(command, "--help").out())
                    .contains(
                            "-m, --model=FILE",
                            "-ngl, --gpu-layers, --n-gpu-layers=N",
                            "layers to offload to GPUs; -1 = all (default: -1)",
                            "-c, --ctx-size=N",
                            "-b, --batch-size=N",
                            "-t, --threads=N");
        }
        for (String command : new String[] {"run", "chat"}) {
            assertThat(run(command, "--help").out())
                    .contains("-ub, --ubatch-size=N", "-fa, --flash-attn=on|off|auto", "length (default: 4096)");
        }
        assertThat(run("inspect", "--help").out())
                .contains("-c, --ctx-size=N", "-ngl, --gpu-layers, --n-gpu-layers=N", "-ub, --ubatch-size=N");

        // llama.cpp's defaults spelled out change nothing; every spelling reaches the context
        String[] greedy = {"run", "-p", "The sky is", "-n", "8", "--temp", "0", "--token-ids"};
        String tokens = run(greedy).out();
        assertThat(tokens).isNotBlank();
        String[] spelled = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(greedy),
                        java.util.stream.Stream.of(
                                "-ngl", "-1", "-c", "4096", "-b", "2048", "-ub", "512", "-fa", "auto"))
                .toArray(String[]::new);
        assertThat(run(spelled).out()).isEqualTo(tokens);
        Cli.Result longNames = run(
                "run",
                "-p",
                "x",
                "-n",
                "2",
                "--n-gpu-layers",
                "0",
                "--ctx-size",
                "256",
                "--batch-size",
                "64",
                "--ubatch-size",
                "512",
                "--threads",
                "2",
                "--flash-attn",
                "off");
        assertThat(longNames.exit()).as(longNames.err()).isZero(); // a micro-batch above the batch is the batch

        Cli.Result badFlash = run("run", "-p", "x", "-fa", "maybe");
        assertThat(badFlash.exit()).isEqualTo(2);
        assertThat(badFlash.err())
                .isEqualTo("run: Invalid value for option '--flash-attn': 'maybe' is not on, off or "
                        + "auto (see --help)\n");
    }

    @Test
    void runWithoutAModelUsesTheDemoModelAndSaysSo() {
        Cli.Result result = run("run", "-p", "Hello", "-n", "12", "--seed", "7");
        assertThat(result.exit()).isZero();
        assertThat(result.err())
                .startsWith("llama-ffm: using the built-in demo model (random weights: its text is noise)");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isNotBlank().endsWith("\n");
        assertThat(run("run", "-p", "Hello", "-n", "12", "--seed", "7").out()).isEqualTo(result.out());
    }

    @Test
    void tokenIdsAreTheJavaApisGreedyTokens() {
        Cli.Result result = run("run", "-p", "The sky is", "-n", "16", "--temp", "0", "--token-ids");
        assertThat(result.exit()).isZero();
        int[] ids = Arrays.stream(result.out().strip().split(" "))
                .mapToInt(Integer::parseInt)
                .toArray();
        assertThat(ids).hasSize(16);
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        try (Model model = Model.load(demo);
                Context context = model.newContext(
                        ContextParams.builder().contextSize(2048).build());
                Sampler greedy = Sampler.greedy(model)) {
            int[] expected = Generation.run(
                            context,
                            greedy,
                            "The sky is",
                            GenerationParams.builder().maxTokens(16).build())
                    .tokens();
            assertThat(ids).containsExactly(expected);
        }
    }

    @Test
    void thePromptCanComeFromAFileOrStdin() throws Exception {
        Path prompt = temp.resolve("prompt.txt");
        Files.writeString(prompt, "Once upon a time");
        Cli.Result fromFile = run("run", "-f", prompt.toString(), "-n", "8", "--temp", "0", "--token-ids");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Once upon a time".getBytes(StandardCharsets.UTF_8)));
            Cli.Result fromStdin = run("run", "-n", "8", "--temp", "0", "--token-ids");
            assertThat(fromStdin.exit()).isZero();
            assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        } finally {
            System.setIn(stdin);
        }
        assertThat(run("run", "-p", "Once upon a time", "-n", "8", "--temp", "0", "--token-ids")
                        .out())
                .isEqualTo(fromFile.out());
    }

    @Test
    void errorsAreOneLineOnStderrWithANonZeroExit() {
        Path missing = temp.resolve("missing.gguf");
        Cli.Result noModel = run("run", "-m", missing.toString(), "-p", "hi");
        assertThat(noModel.exit()).isEqualTo(1);
        assertThat(noModel.err()).isEqualTo("run: model file not found or not readable: " + missing + "\n");
        assertThat(noModel.out()).isEmpty();

        Cli.Result badNumber = run("run", "-n", "many");
        assertThat(badNumber.exit()).isEqualTo(2);
        assertThat(badNumber.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .isEqualTo("run: Invalid value for option '--n-predict': 'many' is not an int (see --help)");

        Cli.Result both = run("run", "-p", "a", "-f", "b.txt");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("run: give the prompt with -p or -f, not both\n");

        Cli.Result unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);

        Cli.Result badSeed = run("run", "-p", "x", "--seed", "-4");
        assertThat(badSeed.exit()).isEqualTo(1);
        assertThat(badSeed.err()).endsWith("run: seed must be in [0, 4294967295], was -4\n");
    }

    @Test
    void benchWritesLlamaBenchsJsonFields() throws Exception {
        Cli.Result result = run("bench", "-p", "32", "-n", "8", "-r", "2", "-t", "2", "-o", "json", "--no-warmup");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode tests = new ObjectMapper().readTree(result.out());
        assertThat(tests.size()).isEqualTo(2);
        for (JsonNode test : tests) {
            for (String field : new String[] {
                "build_commit",
                "cpu_info",
                "backends",
                "model_filename",
                "model_type",
                "model_size",
                "model_n_params",
                "n_batch",
                "n_ubatch",
                "n_threads",
                "type_k",
                "type_v",
                "n_gpu_layers",
                "flash_attn",
                "n_prompt",
                "n_gen",
                "n_depth",
                "test_time",
                "avg_ns",
                "stddev_ns",
                "avg_ts",
                "stddev_ts",
                "samples_ns",
                "samples_ts"
            }) {
                assertThat(test.has(field)).as(field).isTrue();
            }
            assertThat(test.get("n_threads").asInt()).isEqualTo(2);
            assertThat(test.get("samples_ts").size()).isEqualTo(2);
            assertThat(test.get("avg_ts").asDouble()).isPositive();
        }
        assertThat(tests.get(0).get("n_prompt").asInt()).isEqualTo(32);
        assertThat(tests.get(1).get("n_gen").asInt()).isEqualTo(8);
        assertThat(result.err()).contains("llama-ffm bench: 1/2").contains("llama-ffm bench: 2/2");
    }

    @Test
    void benchMarkdownJsonLinesDepthAndChart() throws Exception {
        Path chart = temp.resolve("bench.svg");
        Cli.Result md = run(
                "bench",
                "-p",
                "16",
                "-n",
                "4",
                "-pg",
                "16,4",
                "-d",
                "0,16",
                "-r",
                "1",
                "--no-warmup",
                "--chart",
                chart.toString());
        assertThat(md.exit()).as(md.err()).isZero();
        assertThat(md.out().lines().filter(l -> l.startsWith("| llama"))).hasSize(6);
        assertThat(md.out()).contains("| pp16 |", "| tg4 |", "| pp16+tg4 |", "| pp16 @ d16 |");
        assertThat(Files.readString(chart))
                .startsWith("<svg")
                .contains("pp16 @ d16")
                .endsWith("</svg>\n");

        Cli.Result jsonl = run("bench", "-p", "16", "-n", "0", "-r", "1", "-o", "jsonl", "--no-warmup");
        assertThat(jsonl.out().lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(jsonl.out()).get("n_prompt").asInt())
                .isEqualTo(16);

        // bad values are command-line errors (exit code 2), found before anything runs
        Cli.Result xml = run("bench", "-o", "xml");
        assertThat(xml.exit()).isEqualTo(2);
        assertThat(xml.err()).isEqualTo("bench: unknown output format 'xml' (md, csv, json, jsonl) (see --help)\n");
        assertThat(run("bench", "-ctk", "q9").err()).startsWith("bench: unknown KV cache type 'q9'");
        Cli.Result png = run(
                "bench", "-p", "8", "-n", "0", "--chart", temp.resolve("c.png").toString(), "-r", "1");
        assertThat(png.exit()).isEqualTo(2);
        assertThat(png.err())
                .isEqualTo("bench: --chart writes SVG: give a file name ending in .svg, was " + temp.resolve("c.png")
                        + " (see --help)\n");
    }

    @Test
    void inspectShowsMetadataTensorsAndAnEstimate() throws Exception {
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        Cli.Result result = run("inspect", demo.toString(), "-c", "1024", "-ngl", "0");
        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("GGUF v3", "general.architecture", "string llama")
                .containsPattern("tokenizer\\.ggml\\.tokens\\s+array of 50257 string \\[")
                .contains("token_embd.weight", "[256, 50257]")
                .contains("totals: 38 tensors, 16,275,968 parameters")
                .contains("memory estimate (context 1024, 0 of 4 layers offloaded")
                .contains("KV cache (f16)   4.00 MiB"); // 1024 x 4 layers x 4 heads x (64 + 64) x 2 bytes
        // by default: the model's trained context, every layer offloaded (llama.cpp's -ngl -1)
        assertThat(run("inspect", demo.toString()).out())
                .contains("memory estimate (context 2048, 4 of 4 layers offloaded, micro-batch 512)");
    }

    @Test
    void inspectStrictRunsTheValidatorAndSha256PrintsTheHash() throws Exception {
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        Cli.Result valid = run("inspect", "--strict", demo.toString());
        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).startsWith("valid: " + demo + " (llama, 38 tensors;");

        Path bad = temp.resolve("bad-token.gguf");
        Gguf.writer()
                .put("general.architecture", GgufValue.ofString("llama"))
                .put("tokenizer.ggml.tokens", GgufValue.ofStrings(java.util.List.of("a")))
                .put("tokenizer.ggml.bos_token_id", org.llamaffm.gguf.GgufValue.ofUint32(5))
                .write(bad);
        Cli.Result rejected = run("inspect", "--strict", bad.toString());
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.err())
                .isEqualTo("inspect: model rejected (special_token): " + bad
                        + ": tokenizer.ggml.bos_token_id is 5, the vocabulary has 1 tokens\n");

        Path small = temp.resolve("abc.bin");
        Files.writeString(small, "abc");
        assertThat(run("inspect", "--sha256", small.toString()).out())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  " + small + "\n");

        // a model's chat templates, each by its key, for a policy's approved templates
        Path templates = Gguf.writer()
                .put("general.architecture", GgufValue.ofString("llama"))
                .put("tokenizer.chat_template.tool_use", GgufValue.ofString("x"))
                .put("tokenizer.chat_template", GgufValue.ofString("abc"))
                .writeTo(temp.resolve("templates.gguf"));
        assertThat(run("inspect", "--sha256", templates.toString()).out())
                .endsWith(
                        "  " + templates + "\n"
                                + "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  tokenizer.chat_template.tool_use\n"
                                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  tokenizer.chat_template\n");
    }

    @Test
    void inspectReportsTheFirstProblemOfABadFile() throws Exception {
        Path demo = DemoModel.path(new PrintWriter(new StringWriter()));
        Path cut = temp.resolve("cut.gguf");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(demo), 100_000));
        Cli.Result result = run("inspect", cut.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("inspect: bad GGUF file " + cut);
        Path text = temp.resolve("notes.txt");
        Files.writeString(text, "hello");
        assertThat(run("inspect", text.toString()).err()).contains("not a GGUF file");
    }
}
