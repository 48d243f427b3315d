package com.cocreation5r.process;

/**
 * The four-eyes change request for process and decision models ({@code models/process-change.bpmn}):
 * the names the model shares with its delegate, its task forms and its tests.
 *
 * <p>A process owner submits a new version of a model (or a roll-back to an earlier one); another
 * process owner reviews the visual diff and approves or sends it back. Only an approved change is
 * deployed, by {@link #DEPLOY_CHANGE_DELEGATE}, which refuses an approval by the author. The
 * author revises a change sent back and submits it again, or withdraws it.
 */
public final class ProcessChangeProcess {

    /** Process definition key, also the model's file name ({@code process-change.bpmn}). */
    public static final String PROCESS_KEY = "processChange";

    // ---------------------------------------------------------------- activities and events

    public static final String CHANGE_SUBMITTED = "changeSubmitted";
    /** Merges the submission and a resubmission after revision. */
    public static final String REVIEW_NEEDED = "reviewNeeded";
    public static final String REVIEW_CHANGE = "reviewChange";
    public static final String REVIEW_VERDICT = "reviewVerdict";
    public static final String DEPLOY_CHANGE = "deployChange";
    public static final String CHANGE_DEPLOYED = "changeDeployed";
    public static final String REVISE_CHANGE = "reviseChange";
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String CHANGE_WITHDRAWN = "changeWithdrawn";
    public static final String RELEASE_CHANGE_DECLINED = "releaseChangeDeclined";

    // ---------------------------------------------------------------- process variables

    /** {@code Long}, given at start: the change request (its model and history are in the database). */
    public static final String CHANGE_REQUEST_ID = "changeRequestId";
    /** {@code String}, given at start: the author's user id, assignee of {@link #REVISE_CHANGE}. */
    public static final String CHANGE_AUTHOR = "changeAuthor";
    /** {@code String}, given at start: the key of the process or decision the change is about. */
    public static final String MODEL_KEY = "modelKey";
    /**
     * {@code Boolean}, given at start: the model ships with a new release of the product (it has no
     * author to revise it, so a reviewer declines it rather than sending it back).
     */
    public static final String CHANGE_FROM_RELEASE = "changeFromRelease";
    /** {@code Boolean}, completes {@link #REVIEW_CHANGE}: approved (true) or sent back. */
    public static final String CHANGE_APPROVED = "changeApproved";
    /** {@code Boolean}, completes {@link #REVISE_CHANGE}: submitted again (true) or withdrawn. */
    public static final String CHANGE_RESUBMITTED = "changeResubmitted";

    // ---------------------------------------------------------------- user tasks: forms and groups

    public static final String REVIEW_CHANGE_FORM = "app:review-process-change";
    public static final String REVISE_CHANGE_FORM = "app:revise-process-change";
    public static final String PROCESS_OWNER_GROUP = "process-owner";
    /** Days a process owner has to review a change. */
    public static final int REVIEW_DUE_DAYS = 5;

    // ---------------------------------------------------------------- delegate bean names

    public static final String DEPLOY_CHANGE_DELEGATE = "deployProcessChange";
    /**
     * On completing {@link #REVIEW_CHANGE} and {@link #REVISE_CHANGE}: records the verdict with the
     * change request however the task was completed (the inbox or the REST API).
     */
    public static final String TASK_COMPLETED_LISTENER = "processChangeTaskCompleted";

    /** Business key prefix of change requests: {@code process-change-<id>}. */
    public static final String BUSINESS_KEY_PREFIX = "process-change-";

    /** The author of change requests for models shipped with a new release; no user has this id. */
    public static final String RELEASE_AUTHOR = "release";

    private ProcessChangeProcess() {
    }
}
