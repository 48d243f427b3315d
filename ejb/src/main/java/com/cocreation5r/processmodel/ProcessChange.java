package com.cocreation5r.processmodel;

import com.cocreation5r.process.ProcessChangeProcess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A process owner's request to deploy a new version of one process or decision model, or to roll
 * back to an earlier version. It keeps the model as submitted; another process owner reviews it
 * against the version deployed at the time and approves it (then it is deployed) or sends it back.
 */
@Entity
@Table(name = "process_change")
public class ProcessChange {

    /** A new version, or an earlier version deployed again. */
    public enum Kind { CHANGE, ROLLBACK }

    public enum Status {
        IN_REVIEW, SENT_BACK, DEPLOYED, WITHDRAWN,
        /** A release's model the reviewer declined: the process owners keep their own version. */
        DECLINED;

        public boolean isOpen() {
            return this == IN_REVIEW || this == SENT_BACK;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    /** The key of the (first executable) process or of the first decision of the model. */
    @Column(name = "model_key", nullable = false, length = 255)
    private String modelKey;

    /** The file name the model is deployed under, e.g. {@code models/recruiting.bpmn}. */
    @Column(name = "resource_name", nullable = false, length = 255, updatable = false)
    private String resourceName;

    @Column(name = "model_xml", nullable = false, length = ModelInspection.MAX_BYTES)
    private String modelXml;

    @Column(nullable = false, length = 2000)
    private String summary;

    /** The deployed definition the author started from; null for a model new to the engine. */
    @Column(name = "base_definition_id", length = 64)
    private String baseDefinitionId;

    /** For a roll-back: the earlier definition whose model is deployed again. */
    @Column(name = "restores_definition_id", length = 64, updatable = false)
    private String restoresDefinitionId;

    @Column(name = "author_user_id", nullable = false, length = 64, updatable = false)
    private String authorUserId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "reviewer_user_id", length = 64)
    private String reviewerUserId;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "deployment_id", length = 64)
    private String deploymentId;

    @Column(name = "deployed_definition_id", length = 64)
    private String deployedDefinitionId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected ProcessChange() {
    }

    public ProcessChange(Kind kind, String modelKey, String resourceName, String modelXml, String summary,
            String baseDefinitionId, String restoresDefinitionId, String authorUserId, Instant submittedAt) {
        this.kind = kind;
        this.modelKey = modelKey;
        this.resourceName = resourceName;
        this.modelXml = modelXml;
        this.summary = summary;
        this.baseDefinitionId = baseDefinitionId;
        this.restoresDefinitionId = restoresDefinitionId;
        this.authorUserId = authorUserId;
        this.submittedAt = submittedAt;
        this.status = Status.IN_REVIEW;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The reviewer's verdict; an approval is completed by {@link #deployed}. */
    public void reviewed(boolean approved, String reviewer, String comment, Instant at) {
        requireOpen();
        this.reviewerUserId = reviewer;
        this.reviewComment = comment;
        this.decidedAt = at;
        if (!approved) {
            this.status = isFromRelease() ? Status.DECLINED : Status.SENT_BACK;
        }
    }

    /** Proposed by a new release of the application rather than by a process owner. */
    public boolean isFromRelease() {
        return ProcessChangeProcess.RELEASE_AUTHOR.equals(authorUserId);
    }

    public void deployed(String reviewer, String deploymentId, String definitionId, Instant at) {
        requireOpen();
        this.reviewerUserId = reviewer;
        this.deploymentId = deploymentId;
        this.deployedDefinitionId = definitionId;
        this.decidedAt = at;
        this.status = Status.DEPLOYED;
    }

    /** The author's revision of a change sent back, submitted again for review. */
    public void revised(String modelKey, String modelXml, String summary, String baseDefinitionId, Instant at) {
        requireOpen();
        this.modelKey = modelKey;
        this.modelXml = modelXml;
        this.summary = summary;
        this.baseDefinitionId = baseDefinitionId;
        this.submittedAt = at;
        this.status = Status.IN_REVIEW;
    }

    /** The author submits a change sent back again as it was (through the REST API, which sends no model). */
    public void resubmittedUnchanged(Instant at) {
        requireOpen();
        this.submittedAt = at;
        this.status = Status.IN_REVIEW;
    }

    public void withdrawn(Instant at) {
        requireOpen();
        this.decidedAt = at;
        this.status = Status.WITHDRAWN;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ProcessChangeRefused(ProcessChangeRefused.Reason.ALREADY_DECIDED);
        }
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getModelKey() {
        return modelKey;
    }

    public String getResourceName() {
        return resourceName;
    }

    public String getModelXml() {
        return modelXml;
    }

    public String getSummary() {
        return summary;
    }

    public String getBaseDefinitionId() {
        return baseDefinitionId;
    }

    public String getRestoresDefinitionId() {
        return restoresDefinitionId;
    }

    public String getAuthorUserId() {
        return authorUserId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getReviewerUserId() {
        return reviewerUserId;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getDeployedDefinitionId() {
        return deployedDefinitionId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
