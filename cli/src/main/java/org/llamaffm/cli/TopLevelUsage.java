package org.llamaffm.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * The usage message of {@code llama-ffm} and {@code llama-ffm --help}, rendered by picocli when the cli
 * module is built (this class's {@link #main}, in the build's process-classes phase) into the resource
 * {@value #RESOURCE} beside it. {@link Main} prints the stored text for those two command lines without
 * building picocli's model: picocli's ~190 classes are Java 5 class files, which the AOT cache cannot
 * hold linked, and loading and running them was ~0.2 s of the 0.37 s that {@code --help} took.
 * {@code MainTest} checks that the stored text is what picocli prints now.
 */
final class TopLevelUsage {

    static final String RESOURCE = "usage.txt";

    private TopLevelUsage() {}

    /** What picocli prints for {@code llama-ffm --help}, without colours. */
    static String render() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            Main.commandLine(new String[] {"--help"}).usage(out, CommandLine.Help.Ansi.OFF);
        }
        return text.toString();
    }

    /** The text the build stored, or null when this build has none (e.g. classes compiled by an IDE). */
    static String stored() {
        try (InputStream in = TopLevelUsage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes {@link #render()} to the file {@code args[0]} (through a temporary file beside it). */
    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "usage", ".tmp");
            Files.writeString(temporary, render(), UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
