package com.cocreation5r.realization;

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
import java.util.Objects;

/**
 * One triage task of an idea: who the rotation gave it to, its deadline and escalation, and the
 * mid-level manager's decision (business concept, execution department, or the earlier idea it
 * duplicates). A triage counts towards its manager's cap until it is decided or withdrawn.
 */
@Entity
@Table(name = "triage")
public class Triage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Column(name = "task_id", nullable = false, unique = true, length = 64, updatable = false)
    private String taskId;

    /** The manager the rotation chose, or none when everyone was at the cap. */
    @Column(name = "assigned_to", length = 64, updatable = false)
    private String assignedTo;

    @Column(name = "assigned_turn", updatable = false)
    private Long assignedTurn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TriageDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_concept", length = 32)
    private BusinessConcept businessConcept;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ExecutionDepartment department;

    @Column(name = "duplicate_of_idea_id")
    private Long duplicateOfIdeaId;

    /** Internal: never shown to the partner. */
    @Column(length = 2000)
    private String notes;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** When the task ended, decided or withdrawn (a fast-track); from then on it no longer counts. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Triage() {
    }

    Triage(Long ideaId, int realizationRound, String taskId, String assignedTo, Long assignedTurn, Instant createdAt,
            Instant dueAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.taskId = Objects.requireNonNull(taskId);
        this.assignedTo = assignedTo;
        this.assignedTurn = assignedTurn;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.dueAt = dueAt;
    }

    void decide(TriageForm form, String manager, Instant at) {
        if (closedAt != null) {
            throw new IllegalStateException("Triage " + id + " is already closed");
        }
        this.decision = form.decision();
        this.businessConcept = form.businessConcept();
        this.department = form.decision() == TriageDecision.DUPLICATE ? null : form.department();
        this.duplicateOfIdeaId = form.decision() == TriageDecision.DUPLICATE ? form.duplicateOfIdeaId() : null;
        this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
        this.decidedBy = Objects.requireNonNull(manager);
        this.decidedAt = Objects.requireNonNull(at);
        this.closedAt = at;
    }

    void escalated(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    /** The task went away undecided (the assessment was interrupted). */
    void withdrawn(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public int getRealizationRound() {
        return realizationRound;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public TriageDecision getDecision() {
        return decision;
    }

    public BusinessConcept getBusinessConcept() {
        return businessConcept;
    }

    public ExecutionDepartment getDepartment() {
        return department;
    }

    public Long getDuplicateOfIdeaId() {
        return duplicateOfIdeaId;
    }

    public String getNotes() {
        return notes;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
