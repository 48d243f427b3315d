package com.cocreation5r.audit;

import java.util.Set;

/** What an audit entry is about, by type name. The types that concern a person are marked. */
public final class AuditSubject {

    public static final String CAMPAIGN = "Campaign";
    public static final String APPLICATION = "Application";
    public static final String PROCESS_DEPLOYMENT = "ProcessDeployment";
    public static final String AUTHORIZATIONS = "Authorizations";
    public static final String AUDIT_LOG = "AuditLog";
    public static final String IDEA = "Idea";
    public static final String SUPPORT_REQUEST = "SupportRequest";
    public static final String REINFORCEMENT_STAGE = "ReinforcementStage";
    public static final String REJECTION_REASON = "RejectionReason";
    public static final String PARTNER = "Partner";
    public static final String POOL_CHECK_IN = "PoolCheckIn";
    public static final String PURCHASE_INTENT_POLL = "PurchaseIntentPoll";
    /** A process instance whose history (form values, variables, comments) an auditor read or exported. */
    public static final String PROCESS_INSTANCE = "ProcessInstance";
    /** A page of the history search's results an auditor was shown, with the criteria that chose it. */
    public static final String HISTORY_SEARCH = "HistorySearch";
    public static final String PROCESS_CHANGE = "ProcessChange";
    public static final String PROCESS_DEFINITION = "ProcessDefinition";

    /** Entries about these subjects tell something about a candidate: reading them is logged. */
    static final Set<String> PERSONAL = Set.of(APPLICATION, PARTNER);

    private AuditSubject() {
    }

    public static boolean isPersonal(String subjectType) {
        return PERSONAL.contains(subjectType);
    }
}
