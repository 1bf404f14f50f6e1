/**
 * The sandbox policy layer: {@link org.llamaffm.policy.Sandbox} admits models that pass the allowlist and
 * the strict validator ({@link org.llamaffm.policy.ModelValidator}), and hands each tenant a
 * {@link org.llamaffm.policy.Session} within the memory budget, slots and quotas of the
 * {@link org.llamaffm.policy.Policy}. Every refusal is a {@link org.llamaffm.policy.PolicyException}.
 *
 * <p>Nothing in this package is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm.policy;

import org.jspecify.annotations.NullMarked;
