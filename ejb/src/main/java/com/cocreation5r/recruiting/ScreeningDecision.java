package com.cocreation5r.recruiting;

import com.cocreation5r.process.RecruitingProcess;

/** The recruiter either shortlists a written application for an interview or rejects it. */
public enum ScreeningDecision {
    SHORTLIST(RecruitingProcess.SHORTLIST),
    REJECT(RecruitingProcess.REJECT);

    private final String processValue;

    ScreeningDecision(String processValue) {
        this.processValue = processValue;
    }

    /** The value the Recruiting process routes on. */
    public String processValue() {
        return processValue;
    }
}
