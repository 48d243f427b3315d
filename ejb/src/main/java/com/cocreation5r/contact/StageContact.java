package com.cocreation5r.contact;

import com.cocreation5r.campaign.CampaignStage;
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
 * The staff member named as a campaign's contact for one stage. The name is kept as it was when
 * the contact was named, so partners see it without reading the identity service.
 */
@Entity
@Table(name = "stage_contact")
public class StageContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private CampaignStage stage;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "reach", length = 200)
    private String reach;

    @Column(name = "named_by", nullable = false, length = 64)
    private String namedBy;

    @Column(name = "named_at", nullable = false)
    private Instant namedAt;

    protected StageContact() {
    }

    public StageContact(Long campaignId, CampaignStage stage) {
        this.campaignId = Objects.requireNonNull(campaignId);
        this.stage = Objects.requireNonNull(stage);
    }

    /** Names {@code userId} (shown as {@code fullName}) the contact, reachable as {@code reach} says. */
    public void name(String userId, String fullName, String reach, String namedBy, Instant at) {
        this.userId = Objects.requireNonNull(userId);
        this.fullName = Objects.requireNonNull(fullName);
        this.reach = reach;
        this.namedBy = Objects.requireNonNull(namedBy);
        this.namedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public CampaignStage getStage() {
        return stage;
    }

    public String getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getReach() {
        return reach;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }
}
