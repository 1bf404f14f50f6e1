package org.llamaffm.policy;

import java.util.regex.Pattern;

/** A caller of the sandbox: quotas, limits and state are per tenant. */
public record Tenant(String id) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Tenant {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a tenant id is 1..64 of [A-Za-z0-9._-], was '" + id + "'");
        }
    }
}
