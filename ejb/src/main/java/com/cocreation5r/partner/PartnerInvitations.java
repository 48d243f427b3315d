package com.cocreation5r.partner;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Invites partners to set the password of their account. A new partner's account is created
 * without a password when they join the pool; the invitation's link (to the set-password page,
 * with a random single-use token) goes to the notification outbox, where a mail relay picks it
 * up, and program managers see it on the partner's page to hand it over themselves.
 */
@ApplicationScoped
public class PartnerInvitations {

    /** How long a set-password link works. */
    public static final Duration VALIDITY = Duration.ofDays(14);
    /** The page the link opens, relative to the application's address. */
    public static final String SET_PASSWORD_PAGE = "set-password.xhtml?token=";
    static final String INVITATION = "partner.invitation";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private IdentityService identityService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** A partner who joined with a new account is invited at once. */
    public void onAdmitted(@Observes PartnerAdmitted admitted) {
        if (admitted.newAccount()) {
            invite(admitted.partner(), admitted.campaignId());
        }
    }

    /**
     * Sends {@code partner} a new set-password link; an earlier link that was not used stops
     * working. {@code campaignId} is the campaign the message is filed under.
     */
    public PartnerInvitation invite(Partner partner, Long campaignId) {
        if (partner.getUserId() == null || !partner.isInPool()) {
            throw new IllegalStateException("Partner " + partner.getId() + " has no account in the pool to set up");
        }
        Instant now = clock.instant();
        pendingOf(partner.getId()).ifPresent(earlier -> earlier.revoke(now));
        String token = newToken();
        Notification message = new Notification(partner.getCandidate().getEmail(),
                partner.getCandidate().getFullName(), campaignId, INVITATION, SET_PASSWORD_PAGE + token, now);
        notifications.add(message);
        PartnerInvitation invitation = new PartnerInvitation(partner, hash(token), message,
                caller.signedInUserId().orElse("system"), now, now.plus(VALIDITY));
        em.persist(invitation);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("userId", partner.getUserId());
        details.put("expiresAt", invitation.getExpiresAt().toString());
        auditTrail.record(AuditAction.PARTNER_INVITED, AuditSubject.PARTNER, partner.getId(), campaignId, details);
        return invitation;
    }

    /** The invitation a token belongs to, if it can still be used; refused with the reason otherwise. */
    public PartnerInvitation requireUsable(String token) {
        PartnerInvitation invitation = byToken(token)
                .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
        invitation.requireUsableAt(clock.instant());
        return invitation;
    }

    /** Sets the partner's password and spends the invitation. */
    public void setPassword(String token, String password) {
        PartnerInvitation invitation = requireUsable(token);
        Partner partner = invitation.getPartner();
        User user = identityService.createUserQuery().userId(partner.getUserId()).singleResult();
        if (user == null) {
            throw new IllegalStateException("Partner " + partner.getId() + " has no engine user");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        invitation.use(clock.instant());
        auditTrail.record(AuditAction.PARTNER_PASSWORD_SET, AuditSubject.PARTNER, partner.getId(), null,
                Map.of("userId", partner.getUserId(), "invitationId", String.valueOf(invitation.getId())));
    }

    /** The partner's invitation whose link still works, if any. */
    public Optional<PartnerInvitation> pendingOf(Long partnerId) {
        Instant now = clock.instant();
        return em.createQuery("select i from PartnerInvitation i where i.partner.id = :partner"
                        + " and i.usedAt is null and i.revokedAt is null order by i.createdAt desc, i.id desc",
                        PartnerInvitation.class)
                .setParameter("partner", partnerId)
                .getResultStream()
                .filter(invitation -> invitation.isPendingAt(now))
                .findFirst();
    }

    /** Every invitation of a partner that has not been used stops working (the partner leaves the pool). */
    public void revokeAll(Long partnerId) {
        Instant now = clock.instant();
        em.createQuery("select i from PartnerInvitation i where i.partner.id = :partner", PartnerInvitation.class)
                .setParameter("partner", partnerId)
                .getResultList()
                .forEach(invitation -> invitation.revoke(now));
    }

    private Optional<PartnerInvitation> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select i from PartnerInvitation i where i.tokenHash = :hash", PartnerInvitation.class)
                .setParameter("hash", hash(token))
                .getResultStream().findFirst();
    }

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token carries 256 random bits, so a plain SHA-256 without salt cannot be reversed by guessing. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
