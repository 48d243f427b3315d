package com.cocreation5r.reinforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A cohort member's or the community manager's comment on an idea in refinement; never changed. */
@Entity
@Table(name = "idea_comment")
public class IdeaComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "author_user_id", nullable = false, length = 64, updatable = false)
    private String authorUserId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdeaComment() {
    }

    public IdeaComment(Long ideaId, String authorUserId, String text, Instant at) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.authorUserId = Objects.requireNonNull(authorUserId);
        this.text = Objects.requireNonNull(text).strip();
        this.createdAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getAuthorUserId() {
        return authorUserId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
