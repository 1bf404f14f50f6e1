package org.llamaffm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@code llama-ffm bench} prints its results as they come, one implementation per {@code -o}
 * format, as llama-bench's printers: a markdown table, CSV, a JSON array or JSON lines.
 */
sealed interface BenchOutput permits BenchOutput.Markdown, BenchOutput.Csv, BenchOutput.Json, BenchOutput.JsonLines {

    /** The {@code -o} formats, llama-bench's names (without its sql). */
    List<String> FORMATS = List.of("md", "csv", "json", "jsonl");

    /** The output for {@code format}, one of {@link #FORMATS}. */
    static BenchOutput of(String format, PrintWriter out) {
        return switch (format) {
            case "md" -> new Markdown(out);
            case "csv" -> new Csv(out);
            case "json" -> new Json(out);
            case "jsonl" -> new JsonLines(out);
            default -> throw new IllegalArgumentException("unknown output format '" + format + "'");
        };
    }

    /** Prints one test's result, and flushes it. */
    void print(BenchResult result) throws IOException;

    /** Ends the output after the last result. */
    default void finish() {}

    /** llama-bench's markdown table: the header before the first result. */
    final class Markdown implements BenchOutput {
        private final PrintWriter out;
        private boolean started;

        Markdown(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void print(BenchResult r) {
            if (!started) {
                out.println("| model | size | params | backend | threads | test | t/s |");
                out.println("| ----- | ---: | -----: | ------- | ------: | ---: | --: |");
                started = true;
            }
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %d | %s | %.2f ± %.2f |%n",
                    r.modelType(),
                    size(r.modelSize()),
                    params(r.modelParams()),
                    r.backends(),
                    r.threads(),
                    r.testName(),
                    r.avgTs(),
                    r.stddevTs());
            out.flush();
        }

        private static String size(long bytes) {
            return bytes >= 1L << 30
                    ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
                    : String.format(Locale.ROOT, "%.2f MiB", bytes / (double) (1L << 20));
        }

        private static String params(long n) {
            return n >= 1_000_000_000L
                    ? String.format(Locale.ROOT, "%.2f B", n / 1e9)
                    : String.format(Locale.ROOT, "%.2f M", n / 1e6);
        }
    }

    /** Every field, quoted: the names in the first line. */
    final class Csv implements BenchOutput {
        private final PrintWriter out;
        private boolean started;

        Csv(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void print(BenchResult r) {
            if (!started) {
                out.println(String.join(",", r.fields().keySet()));
                started = true;
            }
            out.println(r.fields().values().stream().map(Csv::quoted).collect(Collectors.joining(",")));
            out.flush();
        }

        private static String quoted(Object value) {
            String text = value instanceof List<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                    : String.valueOf(value);
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
    }

    /** One indented JSON array, printed element by element; {@link #finish()} closes it. */
    final class Json implements BenchOutput {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        private final PrintWriter out;
        private boolean started;

        Json(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void print(BenchResult r) throws IOException {
            out.print(started ? ",\n" : "[\n");
            out.print(JSON.writeValueAsString(r.fields()));
            out.flush();
            started = true;
        }

        @Override
        public void finish() {
            out.println(started ? "\n]" : "[]");
            out.flush();
        }
    }

    /** One JSON object per line. */
    final class JsonLines implements BenchOutput {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final PrintWriter out;

        JsonLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void print(BenchResult r) throws IOException {
            out.println(JSON.writeValueAsString(r.fields()));
            out.flush();
        }
    }
}
