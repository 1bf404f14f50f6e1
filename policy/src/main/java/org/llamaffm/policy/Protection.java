package org.llamaffm.policy;

/**
 * One protection of a worker process and whether it is active on this machine, or why not: {@code no core
 * dumps}, {@code open files}, {@code memory}, {@code network namespace}, {@code landlock}, {@code seccomp}.
 *
 * @param name   what it is called in a policy's {@code requiredProtections}
 * @param active whether the worker has it
 * @param detail how it is set up, or why it is missing
 */
public record Protection(String name, boolean active, String detail) {

    @Override
    public String toString() {
        return name + ": " + (active ? "active" : "not active") + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
