package com.cocreation5r.it.retention;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.InvitationRefused;
import com.cocreation5r.partner.InvitationView;
import com.cocreation5r.partner.NewPassword;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerAccounts;
import com.cocreation5r.partner.PartnerAdmitted;
import com.cocreation5r.partner.PartnerInvitations;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.partner.PasswordSetup;
import com.cocreation5r.recruiting.ApplicationSummary;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.RecruitingRepository;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.PoolPartnerView;
import com.cocreation5r.retention.RetentionRuleBroken;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner pool on a real WildFly: a new partner's invitation to set a password (forged,
 * weak, used, replaced and expired links refused), the program manager handing the link over and
 * taking a partner out of the pool, a mentor for a newcomer, and pool partners invited to a new
 * campaign's call.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerPoolIT {

    private static final String GOOD_PASSWORD = "correct horse 42 battery";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(PartnerPoolIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures fixtures;

    @Inject
    PasswordSetup passwordSetup;

    @Inject
    PartnerPoolService poolService;

    @Inject
    RecruitingService recruitingService;

    @Inject
    PartnerPool pool;

    @Inject
    PartnerAccounts accounts;

    @Inject
    PartnerInvitations invitations;

    @Inject
    RecruitingRepository recruiting;

    @Inject
    CampaignRepository campaigns;

    @Inject
    NotificationRepository notifications;

    @Inject
    IdentityService identityService;

    @Inject
    Event<PartnerAdmitted> admitted;

    @PersistenceUnit(unitName = "cocreation")
    EntityManagerFactory entityManagerFactory;

    TestUser programManager;
    TestUser communityManager;
    TestUser recruiter;
    CampaignSummary campaign;

    @BeforeEach
    void setUp() throws Exception {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        communityManager = staff.of(Groups.COMMUNITY_MANAGER);
        recruiter = staff.of(Groups.RECRUITER);
        campaign = fixtures.open("Pool campaign", 3);
    }

    @Test
    void aNewPartnerSetsTheirPasswordOnceThroughTheirInvitationLink() throws Exception {
        // Given a partner admitted with a new account: invited at once, with a mentor from the pool
        Long mentorId = fixtures.inTransaction(() -> {
            Partner mentor = newPartner("mentor");
            mentor.honour(Honour.MENTOR);
            return mentor.getId();
        });
        Long partnerId = fixtures.inTransaction(() -> {
            Partner newcomer = newPartner("newcomer");
            accounts.ensureAccount(newcomer);
            admitted.fire(new PartnerAdmitted(newcomer, campaign.id(), true, true));
            return newcomer.getId();
        });
        String userId = pool.find(partnerId).orElseThrow().getUserId();
        String link = invitationLink(partnerId);
        String token = link.substring(PartnerInvitations.SET_PASSWORD_PAGE.length());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(notifications.forCampaign(campaign.id())).extracting(Notification::getMessageKey)
                .contains("partner.invitation", "retention.mentorAssigned", "retention.menteeAssigned");

        // the program manager sees the link to hand over, and the mentor; a community manager not the link
        PoolPartnerView seen = SignedIn.as(programManager, () -> poolService.partner(partnerId));
        assertThat(seen.invitationLink()).isEqualTo(link);
        assertThat(seen.partner().invitationPending()).isTrue();
        assertThat(seen.mentorName()).isEqualTo(pool.find(mentorId).orElseThrow().getCandidate().getFullName());
        assertThat(SignedIn.as(communityManager, () -> poolService.partner(partnerId)).invitationLink()).isNull();
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> poolService.partner(partnerId)))
                .isInstanceOf(EJBAccessException.class);

        // When someone tries a forged token or a weak password
        assertRefused(() -> passwordSetup.invitation(PartnerInvitations.SET_PASSWORD_PAGE + "forged"),
                InvitationRefused.Reason.UNKNOWN);
        assertRefused(() -> {
            passwordSetup.setPassword(new NewPassword(token.substring(1) + "A", GOOD_PASSWORD, GOOD_PASSWORD));
            return null;
        }, InvitationRefused.Reason.UNKNOWN);
        assertThatThrownBy(() -> passwordSetup.setPassword(new NewPassword(token, "short1", "short1")))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignedIn.as(new TestUser(userId, "short1", Groups.PARTNER), () -> true))
                .isInstanceOf(SecurityException.class);

        // Then the link still works: the partner sets a good password and signs in with it
        InvitationView invitation = passwordSetup.invitation(token);
        assertThat(invitation.userId()).isEqualTo(userId);
        passwordSetup.setPassword(new NewPassword(token, GOOD_PASSWORD, GOOD_PASSWORD));
        TestUser partner = new TestUser(userId, GOOD_PASSWORD, Groups.PARTNER);
        assertThat(SignedIn.as(partner, () -> true)).isTrue();

        // and the link is spent: not usable again, no longer in the outbox, nothing pending
        assertRefused(() -> {
            passwordSetup.setPassword(new NewPassword(token, "another good pass 7", "another good pass 7"));
            return null;
        }, InvitationRefused.Reason.SPENT);
        assertThat(notifications.forCampaign(campaign.id())).extracting(Notification::getLink)
                .noneMatch(stored -> stored != null && stored.contains(token));
        assertThat(SignedIn.as(programManager, () -> poolService.partner(partnerId)).invitationLink()).isNull();
        assertThat(SignedIn.as(partner, () -> true)).isTrue();
    }

    @Test
    void aReplacedOrExpiredLinkNoLongerWorks() throws Exception {
        Long partnerId = fixtures.inTransaction(() -> {
            Partner partner = newPartner("late");
            accounts.ensureAccount(partner);
            invitations.invite(partner, campaign.id());
            return partner.getId();
        });
        String first = token(invitationLink(partnerId));

        // When the program manager sends a new invitation, the first link stops working
        SignedIn.as(programManager, () -> poolService.reinvite(partnerId));
        assertRefused(() -> passwordSetup.invitation(first), InvitationRefused.Reason.SPENT);
        String second = token(invitationLink(partnerId));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> SignedIn.as(communityManager, () -> {
            poolService.reinvite(partnerId);
            return null;
        })).isInstanceOf(EJBAccessException.class);

        // When the second one expires, it is refused as expired
        fixtures.inTransaction(() -> {
            EntityManager em = entityManagerFactory.createEntityManager();
            em.joinTransaction();
            em.createQuery("update PartnerInvitation i set i.expiresAt = :past where i.partner.id = :partner")
                    .setParameter("past", Instant.now().minusSeconds(1))
                    .setParameter("partner", partnerId)
                    .executeUpdate();
            return null;
        });
        assertRefused(() -> passwordSetup.invitation(second), InvitationRefused.Reason.EXPIRED);
        assertRefused(() -> {
            passwordSetup.setPassword(new NewPassword(second, GOOD_PASSWORD, GOOD_PASSWORD));
            return null;
        }, InvitationRefused.Reason.EXPIRED);
    }

    @Test
    void aPartnerWhoLeavesThePoolCanNoLongerSignInAndIsRemindedOfTheNda() throws Exception {
        TestUser leaving = staff.another(Groups.PARTNER);
        Long partnerId = fixtures.inTransaction(() -> {
            Partner partner = newPartner("leaving");
            partner.linkUser(leaving.id());
            return partner.getId();
        });
        assertThat(SignedIn.as(leaving, () -> true)).isTrue();
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> {
            poolService.offboard(partnerId);
            return null;
        })).isInstanceOf(EJBAccessException.class);

        SignedIn.as(programManager, () -> poolService.offboard(partnerId));

        assertThatThrownBy(() -> SignedIn.as(leaving, () -> true)).isInstanceOf(SecurityException.class);
        assertThat(identityService.createGroupQuery().groupMember(leaving.id()).count()).isZero();
        assertThat(pool.find(partnerId).orElseThrow().isInPool()).isFalse();
        assertThat(notifications.forCampaign(campaign.id())).extracting(Notification::getMessageKey)
                .contains("partner.ndaReminder");
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> {
            poolService.offboard(partnerId);
            return null;
        })).isInstanceOfSatisfying(RetentionRuleBroken.class,
                e -> assertThat(e.rule()).isEqualTo(RetentionRuleBroken.Rule.LEFT_POOL));
        assertThat(SignedIn.as(programManager, () -> poolService.invitableTo(campaign.id())))
                .noneMatch(summary -> summary.id().equals(partnerId));
    }

    @Test
    void programManagersInvitePoolPartnersToACampaignWhileItsCallIsOpen() throws Exception {
        Long partnerId = fixtures.inTransaction(() -> newPartner("returning").getId());
        assertThat(SignedIn.as(programManager, () -> poolService.invitableTo(campaign.id())))
                .anyMatch(summary -> summary.id().equals(partnerId));
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> poolService.inviteToCampaign(campaign.id(),
                Set.of(partnerId)))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> poolService.inviteToCampaign(campaign.id(),
                Set.of()))).isInstanceOfSatisfying(RetentionRuleBroken.class,
                e -> assertThat(e.rule()).isEqualTo(RetentionRuleBroken.Rule.NO_PARTNER_CHOSEN));

        List<Long> created = SignedIn.as(programManager, () -> poolService.inviteToCampaign(campaign.id(),
                Set.of(partnerId)));

        assertThat(created).hasSize(1);
        String name = pool.find(partnerId).orElseThrow().getCandidate().getFullName();
        assertThat(SignedIn.as(recruiter, () -> recruitingService.applicationsOf(campaign.id())))
                .extracting(ApplicationSummary::candidateName).contains(name);
        assertThat(notifications.forCampaign(campaign.id())).extracting(Notification::getMessageKey)
                .contains("partner.invitedToCampaign");
        assertThat(SignedIn.as(programManager, () -> poolService.invitableTo(campaign.id())))
                .noneMatch(summary -> summary.id().equals(partnerId));
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> poolService.inviteToCampaign(campaign.id(),
                Set.of(partnerId)))).isInstanceOfSatisfying(RetentionRuleBroken.class,
                e -> assertThat(e.rule()).isEqualTo(RetentionRuleBroken.Rule.ALREADY_IN_CAMPAIGN));
    }

    // ------------------------------------------------------------------ steps

    private Partner newPartner(String name) {
        Candidate candidate = new Candidate(profile(name));
        recruiting.add(candidate);
        Partner partner = new Partner(candidate, campaign.id(), Instant.now());
        pool.add(partner);
        return partner;
    }

    private String invitationLink(Long partnerId) throws Exception {
        return SignedIn.as(programManager, () -> poolService.partner(partnerId)).invitationLink();
    }

    private static String token(String link) {
        return link.substring(PartnerInvitations.SET_PASSWORD_PAGE.length());
    }

    private static void assertRefused(Callable<?> action, InvitationRefused.Reason reason) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(InvitationRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

}
