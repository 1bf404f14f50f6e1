package org.llamaffm;

/** Facts the bindings tests compare against, set by Maven (llama.cpp's own files: {@code LlamaCppSource}). */
public final class TestSupport {

    private TestSupport() {}

    /** The platform classifier this build packaged (set by Maven). */
    public static String platform() {
        return System.getProperty("llamaffm.test.platform");
    }
}
