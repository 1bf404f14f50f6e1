package org.llamaffm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A grouped bar chart of tokens/s per test (groups) and backend/model (bars), as SVG. */
final class Chart {

    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948"};

    private Chart() {}

    static void write(Path file, List<BenchResult> results) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw new IllegalArgumentException("--chart writes SVG: give a file name ending in .svg, was " + file);
        }
        Map<String, Map<String, BenchResult>> groups = new LinkedHashMap<>();
        List<String> series = new ArrayList<>();
        for (BenchResult r : results) {
            String name = Path.of(r.modelFilename()).getFileName() + " · " + r.backends() + " · t" + r.threads();
            if (!series.contains(name)) {
                series.add(name);
            }
            groups.computeIfAbsent(r.testName(), k -> new LinkedHashMap<>()).put(name, r);
        }
        double max = results.stream()
                .mapToDouble(r -> r.avgTs() + r.stddevTs())
                .max()
                .orElse(1);
        int barWidth = 28;
        int groupWidth = series.size() * barWidth + 30;
        int width = Math.max(480, 80 + groups.size() * groupWidth);
        int plotHeight = 300;
        int legendHeight = 20 * series.size() + 10;
        int height = plotHeight + 90 + legendHeight;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                height));
        svg.append("<text x=\"10\" y=\"20\" font-size=\"14\">llama-ffm bench: tokens/s (higher is better)</text>\n");
        int top = 40;
        int left = 60;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left,
                top,
                left,
                top + plotHeight));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            int y = top + plotHeight - (int) (plotHeight * i / 4.0);
            svg.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n", left - 5, y + 4, value));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    left,
                    y,
                    width - 10,
                    y));
        }
        int x = left + 15;
        for (Map.Entry<String, Map<String, BenchResult>> group : groups.entrySet()) {
            for (int s = 0; s < series.size(); s++) {
                BenchResult r = group.getValue().get(series.get(s));
                if (r == null) {
                    continue;
                }
                int barHeight = (int) Math.round(plotHeight * r.avgTs() / max);
                int bx = x + s * barWidth;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                                + "<title>%s: %.2f ± %.2f t/s</title></rect>%n",
                        bx,
                        top + plotHeight - barHeight,
                        barWidth - 4,
                        barHeight,
                        COLORS[s % COLORS.length],
                        escape(series.get(s) + " " + group.getKey()),
                        r.avgTs(),
                        r.stddevTs()));
                int errTop = top + plotHeight - (int) Math.round(plotHeight * (r.avgTs() + r.stddevTs()) / max);
                int errBottom =
                        top + plotHeight - (int) Math.round(plotHeight * Math.max(0, r.avgTs() - r.stddevTs()) / max);
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                        bx + (barWidth - 4) / 2,
                        errTop,
                        bx + (barWidth - 4) / 2,
                        errBottom));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x + series.size() * barWidth / 2,
                    top + plotHeight + 18,
                    escape(group.getKey())));
            x += groupWidth;
        }
        int legendTop = top + plotHeight + 40;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>%n",
                    left,
                    legendTop + s * 20,
                    COLORS[s % COLORS.length],
                    left + 18,
                    legendTop + s * 20 + 11,
                    escape(series.get(s))));
        }
        svg.append("</svg>\n");
        try {
            Path temp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, svg);
            Files.move(
                    temp,
                    file.toAbsolutePath(),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
