package org.llamaffm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link InspectCommandTest}: {@code llama-ffm ARGS}, then whether this JVM mapped
 * a llama.cpp or ggml library ("natives: none" or "natives: loaded"), from /proc/self/maps.
 */
public final class InspectWithoutNatives {

    private InspectWithoutNatives() {}

    public static void main(String[] args) throws Exception {
        int exit = Main.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        String maps = Files.readString(Path.of("/proc/self/maps"));
        System.out.println("natives: " + (maps.contains("libllama") || maps.contains("libggml") ? "loaded" : "none"));
        System.exit(exit);
    }
}
