package com.cocreation5r.it.audit;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.audit.AuditVerification;
import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.InterviewForm;
import com.cocreation5r.recruiting.InterviewRecommendation;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auditors read and change nothing: the services refuse them every write by role, and the engine
 * refuses them by its authorizations even when they go around the services.
 */
@ExtendWith(ArquillianExtension.class)
class AuditorsChangeNothingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(AuditorsChangeNothingIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures campaigns;

    @Inject
    CampaignService campaignService;

    @Inject
    RecruitingService recruitingService;

    @Inject
    InboxService inbox;

    @Inject
    AuditVerification auditVerification;

    @Inject
    IdentityService identityService;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    TestUser programManager;
    TestUser auditor;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        auditor = staff.of(Groups.AUDITOR);
    }

    @Test
    void theServicesRefuseAnAuditorEveryWrite() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("Auditor IT campaign", 2, 1);
        String screening = campaigns.closeCall(campaign, 1).get(0).getId();
        long entriesBefore = SignedIn.as(auditor, () -> auditVerification.count());

        assertThatThrownBy(() -> SignedIn.as(auditor, () -> campaignService.open(newCampaign())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(auditor, () -> recruitingService.submitApplication(campaign.id(),
                profile("auditor-made"), "An application an auditor tries to slip in")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(auditor, () -> recruitingService.screenApplication(screening,
                new ScreeningForm(5, 5, 5, ScreeningDecision.SHORTLIST, null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(auditor, () -> recruitingService.interviewCandidate(screening,
                new InterviewForm(5, 5, 5, InterviewRecommendation.RECOMMEND, null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(auditor, () -> recruitingService.selectCohort(screening, Set.of(1L))))
                .isInstanceOf(EJBAccessException.class);
        // the inbox lets them claim nothing: no group of theirs is a candidate of the task
        assertThatThrownBy(() -> SignedIn.as(auditor, () -> inbox.claim(screening)))
                .isInstanceOf(TaskActionRefused.class);

        // nothing happened: the task is open and unclaimed, the log has no entry more, the chain holds
        Task task = taskService.createTaskQuery().taskId(screening).singleResult();
        assertThat(task.getAssignee()).isNull();
        assertThat(SignedIn.as(auditor, () -> auditVerification.count())).isEqualTo(entriesBefore);
        assertThat(SignedIn.as(auditor, () -> auditVerification.verify()).intact()).isTrue();
    }

    @Test
    void theEngineRefusesAnAuditorEveryWriteEvenAroundTheServices() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("Auditor IT campaign", 2, 1);
        String screening = campaigns.closeCall(campaign, 1).get(0).getId();

        identityService.setAuthentication(auditor.id(), List.of(Groups.AUDITOR));
        try {
            assertThatThrownBy(() -> taskService.claim(screening, auditor.id()))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.complete(screening,
                    Map.of(RecruitingProcess.SCREENING_DECISION, ScreeningDecision.SHORTLIST.processValue())))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.setVariable(screening, "tampered", true))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RecruitingProcess.PROCESS_KEY,
                    "auditor-" + UUID.randomUUID(), Map.of(RecruitingProcess.CAMPAIGN_ID, campaign.id())))
                    .isInstanceOf(AuthorizationException.class);
            // they read the process definitions, as granted, but not even the running instances
            assertThat(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(RecruitingProcess.PROCESS_KEY).count()).isPositive();
            assertThat(runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(campaign.businessKey()).count()).isZero();
        } finally {
            identityService.clearAuthentication();
        }
        Task task = taskService.createTaskQuery().taskId(screening).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getVariable(screening, "tampered")).isNull();
    }

    private static NewCampaign newCampaign() {
        return new NewCampaign("Auditor IT campaign " + UUID.randomUUID(), "Integration test", true, 2,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    }

}
