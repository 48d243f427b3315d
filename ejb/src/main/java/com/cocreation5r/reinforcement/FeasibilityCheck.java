package com.cocreation5r.reinforcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The feasibility rules' verdict on one revision of an idea, kept with the idea: when the partner
 * submitted it (with the warnings they confirmed) and when it was handed over to Realization after
 * the cohort's refinement. Evaluators see what the rules said.
 */
@Entity
@Table(name = "feasibility_check")
public class FeasibilityCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(name = "checked_by", nullable = false, length = 64, updatable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    /** The partner saw the warnings and submitted anyway. */
    @Column(name = "warnings_confirmed", nullable = false, updatable = false)
    private boolean warningsConfirmed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feasibility_warning", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<FeasibilityWarning> warnings = new ArrayList<>();

    protected FeasibilityCheck() {
    }

    public FeasibilityCheck(Long ideaId, int revisionNumber, List<FeasibilityWarning> warnings, boolean confirmed,
            String checkedBy, Instant at) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.revisionNumber = revisionNumber;
        this.warnings.addAll(warnings);
        this.warningsConfirmed = confirmed && !warnings.isEmpty();
        this.checkedBy = Objects.requireNonNull(checkedBy);
        this.checkedAt = Objects.requireNonNull(at);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public boolean isWarningsConfirmed() {
        return warningsConfirmed;
    }

    public List<FeasibilityWarning> getWarnings() {
        return Collections.unmodifiableList(warnings);
    }
}
