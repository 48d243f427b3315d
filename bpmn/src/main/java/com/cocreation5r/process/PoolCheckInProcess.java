package com.cocreation5r.process;

/**
 * The periodic check-in with the standing partner pool ({@code models/pool-check-in.bpmn}): every
 * {@value #CHECK_IN_CYCLE} a timer asks the community managers to hold the check-in (an event or
 * a round of calls) and record what they heard, so disaffection and leaks are noticed early.
 */
public final class PoolCheckInProcess {

    /** Process definition key; the model's file is {@code pool-check-in.bpmn}. */
    public static final String PROCESS_KEY = "poolCheckIn";

    public static final String CHECK_IN_DUE = "checkInDue";
    public static final String HOLD_CHECK_IN = "holdCheckIn";
    public static final String CHECK_IN_HELD = "checkInHeld";

    /** ISO 8601 repeating interval of the timer start event: every 90 days. */
    public static final String CHECK_IN_CYCLE = "R/P90D";
    public static final String HOLD_CHECK_IN_FORM = "app:hold-check-in";
    public static final String COMMUNITY_MANAGER_GROUP = "community-manager";
    /** Days the community managers have to hold it. */
    public static final int HOLD_CHECK_IN_DUE_DAYS = 14;

    private PoolCheckInProcess() {
    }
}
