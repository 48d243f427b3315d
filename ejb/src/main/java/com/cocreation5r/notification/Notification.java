package com.cocreation5r.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message owed to a candidate or partner, kept as an outbox row: "everyone hears back" is a
 * rule of the program, so what was said, to whom and when is recorded before anything is sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_email", nullable = false, length = 200)
    private String recipientEmail;

    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    /** What the message says, as a key of the message catalogue, e.g. {@code recruiting.SELECTED}. */
    @Column(name = "message_key", nullable = false, length = 64)
    private String messageKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * What the message links to, relative to the application's address (e.g. the set-password
     * page with its token); cleared once the link is spent, so the outbox keeps no live secret.
     */
    @Column(length = 300)
    private String link;

    protected Notification() {
    }

    public Notification(String recipientEmail, String recipientName, Long campaignId, String messageKey,
            Instant createdAt) {
        this.recipientEmail = Objects.requireNonNull(recipientEmail);
        this.recipientName = Objects.requireNonNull(recipientName);
        this.campaignId = Objects.requireNonNull(campaignId);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A message carrying a link, such as an invitation to set a password. */
    public Notification(String recipientEmail, String recipientName, Long campaignId, String messageKey,
            String link, Instant createdAt) {
        this(recipientEmail, recipientName, campaignId, messageKey, createdAt);
        this.link = Objects.requireNonNull(link);
    }

    /** The link can no longer be used (spent, expired or replaced): the outbox forgets it. */
    public void forgetLink() {
        link = null;
    }

    public String getLink() {
        return link;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
