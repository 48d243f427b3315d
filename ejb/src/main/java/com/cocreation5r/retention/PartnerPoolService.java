package com.cocreation5r.retention;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerAccounts;
import com.cocreation5r.partner.PartnerInvitation;
import com.cocreation5r.partner.PartnerInvitations;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.recruiting.Application;
import com.cocreation5r.recruiting.ApplicationIntake;
import com.cocreation5r.recruiting.RecruitingRepository;
import com.cocreation5r.recruiting.RecruitingRuleBroken;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standing partner pool as the program's staff manage it: who is in it, their honours and
 * mentors, the pending set-password invitation (which program managers may send again and hand
 * over), inviting pool partners to a new campaign, and a partner leaving the pool.
 *
 * <p>Pool partners invited to a campaign enter its Recruiting as applications, screened and
 * interviewed like everyone else: the selection committee keeps the cohort's size and diversity in
 * its hands, and a returning partner is only spared the new account.
 */
@Stateless
@ActAsCaller
public class PartnerPoolService {

    static final String INVITED_TO_CAMPAIGN = "partner.invitedToCampaign";
    static final String NDA_REMINDER = "partner.ndaReminder";
    /** The statement an invited pool partner's application carries; the screening sees where it came from. */
    static final String POOL_STATEMENT = "Invited from the partner pool by the program manager.";

    @Inject
    private PartnerPool pool;

    @Inject
    private PartnerInvitations invitations;

    @Inject
    private PartnerAccounts accounts;

    @Inject
    private RetentionRepository retention;

    @Inject
    private ContributionViews contributionViews;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private RecruitingRepository recruiting;

    @Inject
    private ApplicationIntake intake;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.COMMUNITY_MANAGER})
    public List<PoolPartnerSummary> pool() {
        return pool.all().stream().map(this::summary).toList();
    }

    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.COMMUNITY_MANAGER})
    public PoolPartnerView partner(@NotNull Long partnerId) {
        Partner partner = require(partnerId);
        Optional<PartnerInvitation> pending = session.isCallerInRole(Groups.PROGRAM_MANAGER)
                ? invitations.pendingOf(partnerId) : Optional.empty();
        return new PoolPartnerView(summary(partner), partner.getCandidate().getEmail(),
                pending.map(invitation -> invitation.getNotification().getLink()).orElse(null),
                pending.map(PartnerInvitation::getExpiresAt).orElse(null),
                retention.mentorshipOf(partnerId).map(m -> m.getMentor().getCandidate().getFullName()).orElse(null),
                retention.menteesOf(partnerId).stream().map(m -> m.getMentee().getCandidate().getFullName()).toList(),
                retention.contributionsOf(partnerId).stream().map(contributionViews::of).toList());
    }

    /** Sends a new set-password link (the earlier one stops working), e.g. when the first expired. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public void reinvite(@NotNull Long partnerId) {
        Partner partner = requireInPool(partnerId);
        invitations.invite(partner, partner.getFirstCampaignId());
    }

    /**
     * The partner leaves the pool: their account is shut, pending invitations stop working, and
     * they are reminded that the NDAs they accepted still bind them.
     */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public void offboard(@NotNull Long partnerId) {
        Partner partner = requireInPool(partnerId);
        Instant now = clock.instant();
        partner.leavePool(now);
        invitations.revokeAll(partnerId);
        accounts.disable(partner);
        Long lastCampaign = retention.lastCampaignAccepted(partnerId).orElse(partner.getFirstCampaignId());
        notifications.add(new Notification(partner.getCandidate().getEmail(), partner.getCandidate().getFullName(),
                lastCampaign, NDA_REMINDER, now));
        auditTrail.record(AuditAction.PARTNER_LEFT_POOL, AuditSubject.PARTNER, partnerId, lastCampaign,
                Map.of("userId", String.valueOf(partner.getUserId())));
    }

    /** Partners of the pool who could be invited to the campaign: in the pool, not yet applied. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public List<PoolPartnerSummary> invitableTo(@NotNull Long campaignId) {
        campaigns.require(campaignId);
        return pool.active().stream()
                .filter(partner -> !recruiting.hasApplied(campaignId, partner.getCandidate().getId()))
                .map(this::summary)
                .toList();
    }

    /**
     * Invites pool partners to the campaign while its call is open: each enters its Recruiting as
     * an application and hears about it through the outbox.
     *
     * @return the ids of the applications created
     */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public List<Long> inviteToCampaign(@NotNull Long campaignId, @NotNull Set<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.NO_PARTNER_CHOSEN);
        }
        Campaign campaign = campaigns.require(campaignId);
        Instant now = clock.instant();
        if (!campaign.acceptsApplicationsAt(now)) {
            throw new RecruitingRuleBroken(RecruitingRuleBroken.Rule.CALL_CLOSED);
        }
        List<Long> applications = new ArrayList<>();
        for (Long partnerId : partnerIds.stream().sorted().toList()) {
            Partner partner = requireInPool(partnerId);
            if (recruiting.hasApplied(campaignId, partner.getCandidate().getId())) {
                throw new RetentionRuleBroken(RetentionRuleBroken.Rule.ALREADY_IN_CAMPAIGN);
            }
            Application application = intake.receive(campaignId, partner.getCandidate().profile(), POOL_STATEMENT);
            notifications.add(new Notification(partner.getCandidate().getEmail(),
                    partner.getCandidate().getFullName(), campaignId, INVITED_TO_CAMPAIGN, now));
            auditTrail.record(AuditAction.PARTNER_INVITED_TO_CAMPAIGN, AuditSubject.PARTNER, partnerId, campaignId,
                    Map.of("applicationId", String.valueOf(application.getId()), "source", "POOL"));
            applications.add(application.getId());
        }
        return applications;
    }

    private Partner require(Long partnerId) {
        return pool.find(partnerId).orElseThrow(() -> new jakarta.persistence.EntityNotFoundException(
                "No partner " + partnerId));
    }

    private Partner requireInPool(Long partnerId) {
        Partner partner = require(partnerId);
        if (!partner.isInPool()) {
            throw new RetentionRuleBroken(RetentionRuleBroken.Rule.LEFT_POOL);
        }
        return partner;
    }

    private PoolPartnerSummary summary(Partner partner) {
        return new PoolPartnerSummary(partner.getId(), partner.getCandidate().getFullName(), partner.getUserId(),
                partner.getHonour(), partner.getJoinedAt(), partner.getLeftAt(),
                partner.isInPool() && invitations.pendingOf(partner.getId()).isPresent());
    }
}
