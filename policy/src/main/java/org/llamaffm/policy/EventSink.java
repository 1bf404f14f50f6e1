package org.llamaffm.policy;

/** Where the sandbox's parts report what they did: {@link Sandbox}, which logs it and tells its listeners. */
@FunctionalInterface
interface EventSink {

    void event(SandboxEvent.Type type, Tenant tenant, String reason, String detail);
}
