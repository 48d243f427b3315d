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

/** One Realization of an idea that ended in the archive, and whether someone reopened it since. */
@Entity
@Table(name = "idea_archive_entry")
public class IdeaArchiveEntry {

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
    @Column(nullable = false, length = 16, updatable = false)
    private ArchiveReason reason;

    @Column(name = "archived_at", nullable = false, updatable = false)
    private Instant archivedAt;

    @Column(name = "reopened_by", length = 64)
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopen_reason", length = 1000)
    private String reopenReason;

    protected IdeaArchiveEntry() {
    }

    IdeaArchiveEntry(Long ideaId, int realizationRound, ArchiveReason reason, Instant archivedAt) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.reason = Objects.requireNonNull(reason);
        this.archivedAt = Objects.requireNonNull(archivedAt);
    }

    void reopened(String by, String why, Instant at) {
        this.reopenedBy = Objects.requireNonNull(by);
        this.reopenReason = why.strip();
        this.reopenedAt = Objects.requireNonNull(at);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public int getRealizationRound() {
        return realizationRound;
    }

    public ArchiveReason getReason() {
        return reason;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
