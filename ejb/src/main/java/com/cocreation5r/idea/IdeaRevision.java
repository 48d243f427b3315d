package com.cocreation5r.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One saved state of an idea's content, by whoever revised it; revisions are never changed. */
@Entity
@Table(name = "idea_revision")
public class IdeaRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "idea_id", updatable = false)
    private Idea idea;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 500, updatable = false)
    private String summary;

    @Column(nullable = false, length = 8000, updatable = false)
    private String description;

    @Column(name = "revised_by", nullable = false, length = 64, updatable = false)
    private String revisedBy;

    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    /** Why the revision was made, e.g. "took up Minji's comment on the scent". */
    @Column(length = 500, updatable = false)
    private String note;

    protected IdeaRevision() {
    }

    IdeaRevision(Idea idea, int number, IdeaContent content, String revisedBy, Instant revisedAt, String note) {
        this.idea = Objects.requireNonNull(idea);
        this.number = number;
        this.title = content.title();
        this.summary = content.summary();
        this.description = content.description();
        this.revisedBy = Objects.requireNonNull(revisedBy);
        this.revisedAt = Objects.requireNonNull(revisedAt);
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public IdeaContent getContent() {
        return new IdeaContent(title, summary, description);
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getNote() {
        return note;
    }
}
