package org.llamaffm.policy;

/** Every slot is taken and the wait queue is full: try again later. */
public final class BusyException extends PolicyException {

    BusyException(String message) {
        super(message, null);
    }
}
