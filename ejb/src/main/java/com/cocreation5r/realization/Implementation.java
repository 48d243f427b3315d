package com.cocreation5r.realization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An accepted idea the execution department took on: its progress log until it is implemented. */
@Entity
@Table(name = "implementation")
public class Implementation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private ExecutionDepartment department;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "implementation_progress", joinColumns = @JoinColumn(name = "implementation_id"))
    @OrderColumn(name = "position")
    private List<ProgressNote> progress = new ArrayList<>();

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(length = 2000)
    private String summary;

    protected Implementation() {
    }

    Implementation(Long ideaId, int realizationRound, ExecutionDepartment department, Instant startedAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.department = Objects.requireNonNull(department);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    void record(String note, String by, Instant at) {
        requireOpen();
        progress.add(new ProgressNote(note, by, at));
    }

    void complete(String summary, String by, Instant at) {
        requireOpen();
        this.summary = summary.strip();
        this.completedBy = Objects.requireNonNull(by);
        this.completedAt = Objects.requireNonNull(at);
    }

    private void requireOpen() {
        if (completedAt != null) {
            throw new RealizationRuleBroken(RealizationRuleBroken.Rule.IMPLEMENTATION_COMPLETED);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public ExecutionDepartment getDepartment() {
        return department;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public List<ProgressNote> getProgress() {
        return Collections.unmodifiableList(progress);
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getSummary() {
        return summary;
    }
}
