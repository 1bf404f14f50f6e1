package org.llamaffm.policy;

import java.util.Objects;

/**
 * Whether an admitted model can serve a request now ({@link Sandbox#health(AdmittedModel)}).
 *
 * @param model   the model's name
 * @param ready   in a worker: every pool of the model has a worker up (ready, or serving); in process: the model is
 *                open
 * @param workers the model's worker processes that are up (0 in process)
 * @param reason  why it is not ready ("" when it is): closed, quarantined, or its workers restarting
 */
public record ModelHealth(String model, boolean ready, int workers, String reason) {

    public ModelHealth {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(reason, "reason");
    }
}
