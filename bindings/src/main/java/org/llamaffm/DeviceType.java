package org.llamaffm;

/** The kind of a ggml backend device ({@code enum ggml_backend_dev_type} in ggml-backend.h). */
public enum DeviceType {
    /** The CPU, using system memory. */
    CPU,
    /** A GPU with dedicated memory. */
    GPU,
    /** An integrated GPU using host memory. */
    IGPU,
    /** An accelerator used together with the CPU backend (BLAS, AMX). */
    ACCEL,
    /** A device wrapping several others for tensor parallelism. */
    META;

    static DeviceType fromNative(int value) {
        DeviceType[] all = values();
        if (value < 0 || value >= all.length) {
            throw new IllegalArgumentException("unknown ggml_backend_dev_type " + value);
        }
        return all[value];
    }
}
