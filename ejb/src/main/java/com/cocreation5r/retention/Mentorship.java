package com.cocreation5r.retention;

import com.cocreation5r.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A mentor from the pool guiding a partner new to the program through their first campaign. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mentor_id", updatable = false)
    private Partner mentor;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mentee_id", unique = true, updatable = false)
    private Partner mentee;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected Mentorship() {
    }

    public Mentorship(Partner mentor, Partner mentee, Long campaignId, Instant assignedAt) {
        if (mentor.getId() != null && mentor.getId().equals(mentee.getId())) {
            throw new IllegalArgumentException("A partner does not mentor themselves");
        }
        this.mentor = Objects.requireNonNull(mentor);
        this.mentee = Objects.requireNonNull(mentee);
        this.campaignId = Objects.requireNonNull(campaignId);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    public Long getId() {
        return id;
    }

    public Partner getMentor() {
        return mentor;
    }

    public Partner getMentee() {
        return mentee;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
