package com.cocreation5r.it.contact;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignStage;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.contact.CampaignContacts;
import com.cocreation5r.contact.StageContactAssignment;
import com.cocreation5r.contact.StageContactRefused;
import com.cocreation5r.contact.StageContactService;
import com.cocreation5r.contact.StageContactView;
import com.cocreation5r.contact.StaffMember;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.RecruitingRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The named contact of each stage on a real WildFly: the program manager answers until someone is
 * named; only program managers name, only staff can be named; a partner sees the contacts of the
 * campaigns they were invited to and of no other.
 */
@ExtendWith(ArquillianExtension.class)
class StageContactsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(StageContactsIT.class);
    }

    @Inject
    StageContactService stageContacts;

    @Inject
    CampaignService campaignService;

    @Inject
    RecruitingRepository recruiting;

    @Inject
    PartnerPool pool;

    @Inject
    MissionRepository missions;

    @Inject
    IdentityService identityService;

    @Inject
    UserTransaction transaction;

    TestUser programManager;
    TestUser communityManager;
    CampaignSummary campaign;

    @BeforeEach
    void setUp() throws Exception {
        programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
        communityManager = TestUser.create(identityService, Groups.COMMUNITY_MANAGER);
        campaign = openCampaign("Contacts campaign ");
    }

    @Test
    void theProgramManagerAnswersForEveryStageUntilSomeoneIsNamed() throws Exception {
        // Act
        List<StageContactView> contacts = SignedIn.as(communityManager, () -> stageContacts.contacts(campaign.id()));

        // Assert
        assertThat(contacts).extracting(StageContactView::stage).containsExactly(CampaignStage.values());
        assertThat(contacts).allSatisfy(contact -> {
            assertThat(contact.named()).isFalse();
            assertThat(contact.userId()).isEqualTo(programManager.id());
            assertThat(contact.fullName()).isEqualTo("Test " + Groups.PROGRAM_MANAGER);
        });
    }

    @Test
    void aProgramManagerNamesAMemberOfStaffForOneStage() throws Exception {
        // Arrange
        List<StaffMember> staff = SignedIn.as(programManager, () -> stageContacts.staff());
        assertThat(staff).extracting(StaffMember::userId).contains(communityManager.id(), programManager.id());

        // Act
        StageContactView named = SignedIn.as(programManager, () -> stageContacts.name(campaign.id(),
                CampaignStage.REINFORCEMENT, new StageContactAssignment(communityManager.id(), "Mon-Fri 9-18, ext. 204")));

        // Assert
        assertThat(named.named()).isTrue();
        List<StageContactView> contacts = SignedIn.as(programManager, () -> stageContacts.contacts(campaign.id()));
        assertThat(contacts).filteredOn(contact -> contact.stage() == CampaignStage.REINFORCEMENT).singleElement()
                .satisfies(contact -> {
                    assertThat(contact.userId()).isEqualTo(communityManager.id());
                    assertThat(contact.fullName()).isEqualTo("Test " + Groups.COMMUNITY_MANAGER);
                    assertThat(contact.reach()).isEqualTo("Mon-Fri 9-18, ext. 204");
                });
        assertThat(contacts).filteredOn(contact -> contact.stage() != CampaignStage.REINFORCEMENT)
                .allSatisfy(contact -> assertThat(contact.named()).isFalse());
    }

    @Test
    void onlyProgramManagersNameAndOnlyStaffCanBeNamed() throws Exception {
        TestUser partner = TestUser.create(identityService, Groups.PARTNER);

        assertThatThrownBy(() -> SignedIn.as(communityManager, () -> stageContacts.name(campaign.id(),
                CampaignStage.RECRUITING, new StageContactAssignment(communityManager.id(), null))))
                .isInstanceOf(EJBAccessException.class);
        assertRefused(partner.id(), StageContactRefused.Reason.NOT_STAFF);
        assertRefused("nobody-" + UUID.randomUUID().toString().substring(0, 8), StageContactRefused.Reason.UNKNOWN_USER);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> stageContacts.name(campaign.id(),
                CampaignStage.RECRUITING, new StageContactAssignment(communityManager.id(), "x".repeat(201)))))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignedIn.as(partner, () -> stageContacts.contacts(campaign.id())))
                .isInstanceOf(EJBAccessException.class);

        // nothing was named by the refused attempts
        assertThat(SignedIn.as(programManager, () -> stageContacts.contacts(campaign.id())))
                .noneMatch(StageContactView::named);
    }

    @Test
    void aPartnerSeesTheContactsOfTheCampaignsTheyWereInvitedToOnly() throws Exception {
        // Arrange: a partner invited to this campaign's R&R, and another campaign they have nothing to do with
        TestUser partner = TestUser.create(identityService, Groups.PARTNER);
        inTransaction(() -> {
            Candidate candidate = new Candidate(profile("contacts"));
            recruiting.add(candidate);
            Partner member = new Partner(candidate, campaign.id(), Instant.now());
            member.linkUser(partner.id());
            pool.add(member);
            missions.add(new TermsAcceptance(campaign.id(), member, Instant.now()));
        });
        CampaignSummary other = openCampaign("Other campaign ");
        SignedIn.as(programManager, () -> stageContacts.name(campaign.id(), CampaignStage.RULES_AND_RESPONSIBILITIES,
                new StageContactAssignment(communityManager.id(), "community@example.com")));

        // Act
        List<CampaignContacts> mine = SignedIn.as(partner, () -> stageContacts.myContacts());

        // Assert
        assertThat(mine).extracting(CampaignContacts::campaignTitle)
                .containsExactly(campaign.title()).doesNotContain(other.title());
        assertThat(mine.get(0).contacts()).filteredOn(contact -> contact.stage() == CampaignStage.RULES_AND_RESPONSIBILITIES)
                .singleElement().satisfies(contact -> {
                    assertThat(contact.fullName()).isEqualTo("Test " + Groups.COMMUNITY_MANAGER);
                    assertThat(contact.reach()).isEqualTo("community@example.com");
                });
        assertThatThrownBy(() -> SignedIn.as(communityManager, () -> stageContacts.myContacts()))
                .isInstanceOf(EJBAccessException.class);
    }

    private CampaignSummary openCampaign(String title) throws Exception {
        return SignedIn.as(programManager, () -> campaignService.open(new NewCampaign(
                title + UUID.randomUUID(), "Integration test", true, 3,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS))));
    }

    private void assertRefused(String userId, StageContactRefused.Reason reason) {
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> stageContacts.name(campaign.id(),
                CampaignStage.RECRUITING, new StageContactAssignment(userId, null))))
                .isInstanceOfSatisfying(StageContactRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }
}
