package org.llamaffm.policy;

/** Loading a model or opening a session would exceed a memory budget (checked before any allocation). */
public final class BudgetExceededException extends PolicyException {

    private final long requested;
    private final long available;

    BudgetExceededException(String whose, long requested, long available) {
        super(
                whose + " memory budget exceeded: " + requested + " bytes needed (llama.cpp's estimate), " + available
                        + " available",
                null);
        this.requested = requested;
        this.available = available;
    }

    public long requested() {
        return requested;
    }

    public long available() {
        return available;
    }
}
