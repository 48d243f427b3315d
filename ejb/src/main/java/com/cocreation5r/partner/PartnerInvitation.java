package com.cocreation5r.partner;

import com.cocreation5r.notification.Notification;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to a new partner to set the password of their account: single use, valid until
 * it expires or a newer invitation replaces it. Only the SHA-256 hash of its random token is kept
 * here; the token itself travels in the link of the outbox message, which forgets it once the
 * invitation is spent.
 */
@Entity
@Table(name = "partner_invitation")
public class PartnerInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", updatable = false)
    private Partner partner;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
    private String tokenHash;

    /** The outbox message carrying the link. */
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id", updatable = false)
    private Notification notification;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PartnerInvitation() {
    }

    PartnerInvitation(Partner partner, String tokenHash, Notification notification, String createdBy,
            Instant createdAt, Instant expiresAt) {
        this.partner = Objects.requireNonNull(partner);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.notification = Objects.requireNonNull(notification);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Whether the link still works at {@code moment}. */
    public boolean isPendingAt(Instant moment) {
        return usedAt == null && revokedAt == null && moment.isBefore(expiresAt);
    }

    /** Refuses the invitation if it cannot be used at {@code moment}, saying why. */
    void requireUsableAt(Instant moment) {
        if (usedAt != null || revokedAt != null) {
            throw new InvitationRefused(InvitationRefused.Reason.SPENT);
        }
        if (!moment.isBefore(expiresAt)) {
            throw new InvitationRefused(InvitationRefused.Reason.EXPIRED);
        }
        if (!partner.isInPool()) {
            throw new InvitationRefused(InvitationRefused.Reason.SPENT);
        }
    }

    void use(Instant at) {
        requireUsableAt(at);
        usedAt = at;
        notification.forgetLink();
    }

    /** A newer invitation replaces this one, or the partner left the pool. */
    void revoke(Instant at) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = at;
            notification.forgetLink();
        }
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Notification getNotification() {
        return notification;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
