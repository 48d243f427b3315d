package com.cocreation5r.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The one-to-one explanation of a rejection: when the internal expert met the partner, the reasons
 * from the maintained list, what they told the partner, and notes that stay internal; then the
 * partner's acknowledgment. Addressed to one partner, who alone of the partners may read it.
 */
@Entity
@Table(name = "rejection_explanation")
public class RejectionExplanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false, updatable = false)
    private Long ideaId;

    @Column(name = "realization_round", nullable = false, updatable = false)
    private int realizationRound;

    /** The partner the explanation is addressed to. */
    @Column(name = "partner_user_id", nullable = false, length = 64, updatable = false)
    private String partnerUserId;

    @Column(name = "expert_user_id", nullable = false, length = 64, updatable = false)
    private String expertUserId;

    @Column(name = "meeting_date", nullable = false, updatable = false)
    private LocalDate meetingDate;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "rejection_explanation_reason", joinColumns = @JoinColumn(name = "explanation_id"),
            inverseJoinColumns = @JoinColumn(name = "reason_id"))
    @OrderBy("id")
    private List<RejectionReason> reasons = new ArrayList<>();

    @Column(name = "notes_to_partner", nullable = false, length = 2000, updatable = false)
    private String notesToPartner;

    /** For the company only: never shown to the partner. */
    @Column(name = "internal_notes", length = 2000, updatable = false)
    private String internalNotes;

    @Column(name = "explained_at", nullable = false, updatable = false)
    private Instant explainedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "partner_comment", length = 1000)
    private String partnerComment;

    protected RejectionExplanation() {
    }

    RejectionExplanation(Long ideaId, int realizationRound, String partnerUserId, String expertUserId,
            ExplanationForm form, List<RejectionReason> reasons, Instant at) {
        this.ideaId = Objects.requireNonNull(ideaId);
        this.realizationRound = realizationRound;
        this.partnerUserId = Objects.requireNonNull(partnerUserId);
        this.expertUserId = Objects.requireNonNull(expertUserId);
        this.meetingDate = Objects.requireNonNull(form.meetingDate());
        this.reasons.addAll(reasons);
        this.notesToPartner = form.notesToPartner().strip();
        this.internalNotes = form.internalNotes() == null || form.internalNotes().isBlank() ? null
                : form.internalNotes().strip();
        this.explainedAt = Objects.requireNonNull(at);
    }

    void acknowledge(String comment, Instant at) {
        if (acknowledgedAt != null) {
            throw new IllegalStateException("Explanation " + id + " was already acknowledged");
        }
        this.partnerComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.acknowledgedAt = Objects.requireNonNull(at);
    }

    public boolean isAddressedTo(String userId) {
        return partnerUserId.equals(userId);
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

    public String getPartnerUserId() {
        return partnerUserId;
    }

    public String getExpertUserId() {
        return expertUserId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public List<RejectionReason> getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    public String getNotesToPartner() {
        return notesToPartner;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public Instant getExplainedAt() {
        return explainedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getPartnerComment() {
        return partnerComment;
    }
}
