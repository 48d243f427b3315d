package com.cocreation5r.audit;

import java.util.Set;

/** What an audit entry is about, by type name. The types that concern a person are marked. */
public final class AuditSubject {

    public static final String CAMPAIGN = "Campaign";
    public static final String APPLICATION = "Application";
    public static final String PROCESS_DEPLOYMENT = "ProcessDeployment";
    public static final String AUTHORIZATIONS = "Authorizations";
    public static final String AUDIT_LOG = "AuditLog";
    public static final String PROCESS_CHANGE = "ProcessChange";
    public static final String PROCESS_DEFINITION = "ProcessDefinition";

    /** Entries about these subjects tell something about a candidate: reading them is logged. */
    static final Set<String> PERSONAL = Set.of(APPLICATION);

    private AuditSubject() {
    }

    public static boolean isPersonal(String subjectType) {
        return PERSONAL.contains(subjectType);
    }
}
