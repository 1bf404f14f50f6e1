package org.llamaffm.policy;

import java.nio.file.Path;

/** A model file failed a check of {@link ModelValidator}: {@link #check()} says which, the message where and why. */
public final class ModelRejectedException extends PolicyException {

    private final ModelValidator.Check check;
    private final Path file;

    ModelRejectedException(ModelValidator.Check check, Path file, String detail, Throwable cause) {
        super("model rejected (" + check.name().toLowerCase(java.util.Locale.ROOT) + "): " + file + ": " + detail, cause);
        this.check = check;
        this.file = file;
    }

    public ModelValidator.Check check() {
        return check;
    }

    public Path file() {
        return file;
    }
}
