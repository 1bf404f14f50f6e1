package org.llamaffm;

import java.nio.file.Path;

/**
 * What native build this process runs on.
 *
 * @param llamaCppCommit the llama.cpp commit the libraries were built from (reported by the shim)
 * @param shimVersion    the version of llama-ffm's native shim
 * @param buildOptions   the CMake options of the build, space-separated
 * @param libraryFolder  the folder the libraries were loaded from
 * @param source         how the loader found that folder
 */
public record NativeBuild(
        String llamaCppCommit, String shimVersion, String buildOptions, Path libraryFolder, LibrarySource source) {}
