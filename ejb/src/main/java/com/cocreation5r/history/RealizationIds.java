package com.cocreation5r.history;

import com.cocreation5r.process.RecruitingProcess;

/**
 * The ids of stage ④ Realization that the audit views and the program measures read from the
 * engine's history. They are fixed with the Realization model: its process key, its user tasks,
 * and the variables every instance carries.
 */
public final class RealizationIds {

    public static final String PROCESS_KEY = "realization";
    public static final String TRIAGE_IDEA = "triageIdea";
    public static final String EVALUATE_IDEA = "evaluateIdea";
    public static final String EXPLAIN_REJECTION = "explainRejection";
    public static final String ACKNOWLEDGE_EXPLANATION = "acknowledgeExplanation";
    public static final String HAND_OVER_IDEA = "handOverIdea";

    /** The campaign an instance belongs to, as in every stage ({@code Long}). */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** The idea a Realization instance is about ({@code Long}). */
    public static final String IDEA_ID = "ideaId";

    private RealizationIds() {
    }
}
