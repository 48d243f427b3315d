package com.cocreation5r.realization;

import com.cocreation5r.process.RealizationProcess;

/** What a mid-level manager decides at triage; the names are the process's decision values. */
public enum TriageDecision {
    /** Route to the evaluators. */
    EVALUATE(RealizationProcess.EVALUATE),
    /** A duplicate of an earlier idea: archived without evaluation. */
    DUPLICATE(RealizationProcess.DUPLICATE),
    /** An accepted idea a department declined goes to the department chosen now. */
    HAND_OVER(RealizationProcess.HAND_OVER);

    private final String processValue;

    TriageDecision(String processValue) {
        this.processValue = processValue;
    }

    public String processValue() {
        return processValue;
    }
}
