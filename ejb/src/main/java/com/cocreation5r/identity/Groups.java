package com.cocreation5r.identity;

import java.util.List;

/**
 * The roles of the 5R program. Each is a group in the engine's identity service and, by the same
 * name, a role of the web and EJB containers.
 */
public final class Groups {

    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String RECRUITER = "recruiter";
    public static final String INTERVIEWER = "interviewer";
    public static final String SELECTION_COMMITTEE = "selection-committee";
    public static final String LEGAL = "legal";
    public static final String COMMUNITY_MANAGER = "community-manager";
    public static final String TRIAGE_MANAGER = "triage-manager";
    public static final String EVALUATOR = "evaluator";
    public static final String EXECUTIVE = "executive";
    public static final String DOMAIN_EXPERT = "domain-expert";
    public static final String EXECUTION = "execution";
    public static final String PROCESS_OWNER = "process-owner";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    /** Every group, with the name shown for it in the identity service. */
    public static final List<Group> ALL = List.of(
            new Group(PROGRAM_MANAGER, "Program managers", "WORKFLOW"),
            new Group(RECRUITER, "Recruiters", "WORKFLOW"),
            new Group(INTERVIEWER, "Interviewers", "WORKFLOW"),
            new Group(SELECTION_COMMITTEE, "Selection committee", "WORKFLOW"),
            new Group(LEGAL, "Legal", "WORKFLOW"),
            new Group(COMMUNITY_MANAGER, "Community managers", "WORKFLOW"),
            new Group(TRIAGE_MANAGER, "Mid-level managers (triage)", "WORKFLOW"),
            new Group(EVALUATOR, "Evaluators", "WORKFLOW"),
            new Group(EXECUTIVE, "Executives", "WORKFLOW"),
            new Group(DOMAIN_EXPERT, "Internal experts", "WORKFLOW"),
            new Group(EXECUTION, "Execution departments", "WORKFLOW"),
            new Group(PROCESS_OWNER, "Process owners", "SYSTEM"),
            new Group(AUDITOR, "Auditors", "SYSTEM"),
            new Group(ADMIN, "Administrators", "SYSTEM"),
            new Group(PARTNER, "Partners (creative customers)", "EXTERNAL"));

    private Groups() {
    }

    public record Group(String id, String name, String type) {
    }
}
