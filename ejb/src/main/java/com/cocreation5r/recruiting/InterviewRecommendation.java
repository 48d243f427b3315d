package com.cocreation5r.recruiting;

import com.cocreation5r.process.RecruitingProcess;

/** The interviewer's advice to the selection committee. */
public enum InterviewRecommendation {
    RECOMMEND(RecruitingProcess.RECOMMEND),
    NOT_RECOMMEND(RecruitingProcess.NOT_RECOMMEND);

    private final String processValue;

    InterviewRecommendation(String processValue) {
        this.processValue = processValue;
    }

    /** The value the Recruiting process routes on. */
    public String processValue() {
        return processValue;
    }
}
