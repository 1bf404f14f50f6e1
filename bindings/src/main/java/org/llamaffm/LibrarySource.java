package org.llamaffm;

/** Where the native libraries of this process were loaded from, in the loader's order. */
public enum LibrarySource {
    /** The folder named by the system property {@code llamaffm.native.path}. */
    EXPLICIT_PATH,
    /** A folder on {@code java.library.path}. */
    JAVA_LIBRARY_PATH,
    /** Extracted from the platform jar on the class path into the cache folder. */
    EXTRACTED
}
