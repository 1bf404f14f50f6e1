package org.llamaffm;

/**
 * A compute device that ggml can run on.
 *
 * @param index       its position in ggml's device list
 * @param name        ggml's short name, e.g. {@code CPU} or {@code CUDA0}
 * @param description a human-readable description, e.g. the CPU or GPU model
 * @param type        what kind of device it is
 * @param memoryFree  free memory in bytes as the backend reports it
 * @param memoryTotal total memory in bytes as the backend reports it
 */
public record Device(int index, String name, String description, DeviceType type, long memoryFree, long memoryTotal) {}
