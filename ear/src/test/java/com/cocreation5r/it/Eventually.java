package com.cocreation5r.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what the job executor does after a test's transaction commits. */
public final class Eventually {

    /** Long enough for the job executor of a busy 2-core machine. */
    public static final Duration JOB_WAIT = Duration.ofSeconds(60);

    private Eventually() {
    }

    public static void await(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(JOB_WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Condition not met within " + JOB_WAIT);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
