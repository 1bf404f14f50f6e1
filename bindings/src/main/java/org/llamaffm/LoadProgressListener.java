package org.llamaffm;

/**
 * Sees a model load's progress; can cancel it. Called on the loading thread, from native code:
 * keep it short. An exception it throws cancels the load and is rethrown by {@link Model#load}.
 */
@FunctionalInterface
public interface LoadProgressListener {

    /**
     * @param progress from 0.0 to 1.0
     * @return true to go on, false to cancel the load
     */
    boolean onProgress(float progress);
}
