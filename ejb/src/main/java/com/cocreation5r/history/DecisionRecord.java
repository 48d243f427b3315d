package com.cocreation5r.history;

import java.io.Serializable;
import java.time.Instant;

/** A DMN decision evaluated in an instance, with its inputs and outputs as "name = value" lists. */
public record DecisionRecord(String id, String decisionKey, String decisionName, String activityId,
        Instant evaluatedAt, String inputs, String outputs) implements Serializable {
}
