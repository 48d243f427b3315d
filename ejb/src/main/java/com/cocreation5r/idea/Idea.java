package com.cocreation5r.idea;

import com.cocreation5r.partner.Partner;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A partner's idea for one campaign. Its current content is kept on the idea for searching and
 * listing; every state of the content, including the first, is also kept as an
 * {@link IdeaRevision}.
 */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    /** The partner's engine user: what authorization checks compare the caller with. */
    @Column(name = "author_user_id", nullable = false, length = 64, updatable = false)
    private String authorUserId;

    /** The mission's sub-mission the partner chose, if the mission offers any. */
    @Column(name = "sub_mission", length = 200)
    private String subMission;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(nullable = false, length = 8000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IdeaStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** How many Realizations the idea went through: 1 at first, one more at each reopening. */
    @Column(name = "realization_round", nullable = false)
    private int realizationRound;

    @OneToMany(mappedBy = "idea", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<IdeaRevision> revisions = new ArrayList<>();

    protected Idea() {
    }

    /** A new draft by the partner, its content saved as revision 1. */
    public Idea(Long campaignId, Partner partner, String subMission, IdeaContent content, Instant at) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.partner = Objects.requireNonNull(partner);
        this.authorUserId = Objects.requireNonNull(partner.getUserId(), "a partner without a user cannot write ideas");
        this.subMission = subMission;
        this.status = IdeaStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        apply(content, authorUserId, at, null);
    }

    /** Saves new content as the next revision; only while the idea is still a draft. */
    public IdeaRevision revise(IdeaContent content, String revisedBy, Instant at, String note) {
        if (!status.isOpenForRevision()) {
            throw new IllegalStateException("Idea " + id + " is " + status + " and can no longer be revised");
        }
        return apply(content, revisedBy, at, note);
    }

    private IdeaRevision apply(IdeaContent content, String revisedBy, Instant at, String note) {
        this.title = content.title();
        this.summary = content.summary();
        this.description = content.description();
        IdeaRevision revision = new IdeaRevision(this, revisions.size() + 1, content, revisedBy, at, note);
        revisions.add(revision);
        return revision;
    }

    /** Sets the mission's sub-mission the idea answers ({@code null}: none); only while it is a draft. */
    public void chooseSubMission(String subMission) {
        if (!status.isOpenForRevision()) {
            throw new IllegalStateException("Idea " + id + " is " + status + " and can no longer be changed");
        }
        this.subMission = subMission;
    }

    public void submit(Instant at) {
        moveTo(IdeaStatus.SUBMITTED);
        this.submittedAt = Objects.requireNonNull(at);
    }

    /** Moves the idea on, if {@link IdeaStatus#canMoveTo} allows the move. */
    public void moveTo(IdeaStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Idea " + id + " cannot move from " + status + " to " + next);
        }
        if (status == IdeaStatus.SUBMITTED || status == IdeaStatus.ARCHIVED) {
            realizationRound++;
        }
        this.status = next;
    }

    public boolean isWrittenBy(String userId) {
        return authorUserId.equals(userId);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getAuthorUserId() {
        return authorUserId;
    }

    public String getSubMission() {
        return subMission;
    }

    public IdeaContent getContent() {
        return new IdeaContent(title, summary, description);
    }

    public String getTitle() {
        return title;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getRealizationRound() {
        return realizationRound;
    }

    public List<IdeaRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }
}
