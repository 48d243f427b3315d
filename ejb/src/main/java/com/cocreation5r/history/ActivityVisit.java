package com.cocreation5r.history;

import java.time.Instant;

/**
 * One run of one activity in one process instance, as the history recorded it.
 *
 * @param activityId the model element that ran; for a multi-instance activity's body, the activity's own id
 * @param scopeId the activity instance of the scope it ran in (the process instance, a sub-process, a body)
 * @param endedAt when it ended, or null while it runs
 */
record ActivityVisit(String activityId, String scopeId, Instant startedAt, Instant endedAt, boolean canceled) {

    boolean leftNormally() {
        return endedAt != null && !canceled;
    }
}
