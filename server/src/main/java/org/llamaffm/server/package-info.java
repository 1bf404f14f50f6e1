/**
 * An OpenAI-compatible HTTP server over a {@link org.llamaffm.policy.Sandbox}: {@code llama-ffm serve}, or embedded
 * with {@link org.llamaffm.server.OpenAiServer}. Each API key is a tenant; each request runs through a policy
 * {@link org.llamaffm.policy.Session}, so a tenant's quotas, deadlines and isolation hold over HTTP as they do in code.
 */
@NullMarked
package org.llamaffm.server;

import org.jspecify.annotations.NullMarked;
