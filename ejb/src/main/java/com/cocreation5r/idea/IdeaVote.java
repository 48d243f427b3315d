package com.cocreation5r.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A cohort member's vote on another partner's idea, 1 to 5 stars: the "participant vote" that an
 * evaluation scheme can weigh next to the evaluators' criteria. One vote per member and idea; a
 * member may change it while voting is open.
 */
@Entity
@Table(name = "idea_vote")
public class IdeaVote {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "voter_user_id", nullable = false, length = 64, updatable = false)
    private String voterUserId;

    @Column(nullable = false)
    private int stars;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected IdeaVote() {
    }

    public IdeaVote(Idea idea, String voterUserId, int stars, Instant at) {
        if (idea.isWrittenBy(voterUserId)) {
            throw new IllegalArgumentException("Partners do not vote on their own ideas");
        }
        this.ideaId = Objects.requireNonNull(idea.getId());
        this.voterUserId = Objects.requireNonNull(voterUserId);
        change(stars, at);
    }

    public void change(int stars, Instant at) {
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new IllegalArgumentException("A vote is 1 to 5 stars, not " + stars);
        }
        this.stars = stars;
        this.votedAt = Objects.requireNonNull(at);
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public String getVoterUserId() {
        return voterUserId;
    }

    public int getStars() {
        return stars;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
