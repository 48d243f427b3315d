package com.cocreation5r.process;

/**
 * A partner's support request during ③ Reinforcement ({@code models/support-request.bpmn}): one
 * instance per request, started by the application under the campaign's business key. It runs
 * apart from the stage, so the stage ends when its window ends while open requests carry on until
 * they are answered. The community manager answers by a response deadline, after which program
 * managers are offered the request too.
 */
public final class SupportRequestProcess {

    /** Process definition key; the model's file is {@code support-request.bpmn}. */
    public static final String PROCESS_KEY = "supportRequest";

    // ---------------------------------------------------------------- activities and events

    public static final String SUPPORT_REQUESTED = "supportRequested";
    public static final String ANSWER_SUPPORT_REQUEST = "answerSupportRequest";
    /** Non-interrupting timer on {@link #ANSWER_SUPPORT_REQUEST}, after {@link #SUPPORT_RESPONSE_TIME}. */
    public static final String SUPPORT_RESPONSE_OVERDUE = "supportResponseOverdue";
    public static final String ESCALATE_SUPPORT_REQUEST = "escalateSupportRequest";
    public static final String SUPPORT_REQUEST_ESCALATED = "supportRequestEscalated";
    public static final String SUPPORT_REQUEST_ANSWERED = "supportRequestAnswered";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the campaign whose stage the request was raised in. */
    public static final String CAMPAIGN_ID = RecruitingProcess.CAMPAIGN_ID;
    /** {@code Long}, given at start: the request to answer. */
    public static final String SUPPORT_REQUEST_ID = "supportRequestId";

    // ---------------------------------------------------------------- user task: form and groups

    public static final String ANSWER_SUPPORT_REQUEST_FORM = "app:answer-support-request";
    public static final String COMMUNITY_MANAGER_GROUP = ReinforcementProcess.COMMUNITY_MANAGER_GROUP;
    /** Offered an overdue support request as well, to make sure the partner gets an answer. */
    public static final String PROGRAM_MANAGER_GROUP = "program-manager";

    /** Days the community manager has to answer a support request. */
    public static final int SUPPORT_RESPONSE_DAYS = 2;
    /** {@link #SUPPORT_RESPONSE_DAYS} as the ISO-8601 duration of {@link #SUPPORT_RESPONSE_OVERDUE}. */
    public static final String SUPPORT_RESPONSE_TIME = "P2D";

    // ---------------------------------------------------------------- delegates

    public static final String ESCALATE_SUPPORT_REQUEST_DELEGATE = "escalateSupportRequest";

    /** Retry cycle of every job in this process. */
    public static final String FAILED_JOB_RETRY_TIME_CYCLE = "R3/PT5M";

    private SupportRequestProcess() {
    }
}
