package com.cocreation5r.process;

import static com.cocreation5r.process.CampaignProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign runs the stages in order, handing each the campaign and its business key, and one
 * Realization per submitted idea. The stages are stood in for by one-task processes under the real
 * keys, so this test is about the campaign's wiring; each stage has tests of its own.
 */
@Deployment(resources = "models/campaign.bpmn")
class CampaignProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final String BUSINESS_KEY = "deodorant-1a2b3c4d";
    private static final long CAMPAIGN = 7L;
    private static final Date DEADLINE = new Date(1_800_000_000_000L);
    private static final String STAGE_WORK = "stageWork";

    private final List<Long> submittedIdeas = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private String standInDeployment;

    @BeforeEach
    void deployStandInStages() {
        init(engine.getProcessEngine());
        Mocks.register(PROGRESS_BEAN, new ProgressRecorder());
        Mocks.register(ReinforcementProcess.SUBMITTED_IDEAS_BEAN, new SubmittedIdeasStandIn());
        standInDeployment = repositoryService().createDeployment()
                .addModelInstance("recruiting.bpmn", standIn(RecruitingProcess.PROCESS_KEY))
                .addModelInstance("rules-and-responsibilities.bpmn", standIn(RulesAndResponsibilitiesProcess.PROCESS_KEY))
                .addModelInstance("reinforcement.bpmn", standIn(ReinforcementProcess.PROCESS_KEY))
                .addModelInstance("realization.bpmn", standIn(RealizationProcess.PROCESS_KEY))
                .addModelInstance("retention.bpmn", standIn(RetentionProcess.PROCESS_KEY))
                .deploy().getId();
    }

    @AfterEach
    void removeStandInStages() {
        repositoryService().deleteDeployment(standInDeployment, true);
        Mocks.reset();
        reset();
    }

    @Test
    void runsTheFiveStagesInOrderUnderTheCampaignsKey() {
        // Given a launched campaign
        ProcessInstance campaign = launch();
        assertThat(campaign).isWaitingAt(RUN_RECRUITING);

        // Then Recruiting runs with the campaign, its deadline and its business key
        ProcessInstance recruiting = stage(RecruitingProcess.PROCESS_KEY);
        assertThat(recruiting.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        assertThat(recruiting).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN)
                .containsEntry(APPLICATION_DEADLINE, DEADLINE);

        // When Recruiting forms a cohort of two, R&R runs with the campaign and its business key
        finish(recruiting, Map.of(COHORT_PARTNER_COUNT, 2));
        assertThat(campaign).hasPassed(COHORT_FORMED).isWaitingAt(RUN_RULES_AND_RESPONSIBILITIES);
        ProcessInstance rr = stage(RulesAndResponsibilitiesProcess.PROCESS_KEY);
        assertThat(rr.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        assertThat(rr).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN);

        // When R&R completes, Reinforcement runs
        finish(rr, Map.of());
        assertThat(campaign).isWaitingAt(RUN_REINFORCEMENT);
        ProcessInstance reinforcement = stage(ReinforcementProcess.PROCESS_KEY);
        assertThat(reinforcement.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        assertThat(reinforcement).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN);

        // When Reinforcement hands over two ideas, each gets a Realization of its own
        submittedIdeas.addAll(List.of(31L, 32L));
        finish(reinforcement, Map.of());
        List<ProcessInstance> realizations = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(RealizationProcess.PROCESS_KEY).list();
        assertThat(realizations).hasSize(2).allSatisfy(realization -> {
            assertThat(realization.getBusinessKey()).isEqualTo(BUSINESS_KEY);
            assertThat(realization).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN);
        });
        assertThat(realizations).extracting(realization -> runtimeService()
                .getVariable(realization.getId(), IDEA_ID)).containsExactlyInAnyOrder(31L, 32L);

        // Retention waits for every Realization
        finish(realizations.get(0), Map.of());
        assertThat(campaign).isWaitingAt(RUN_REALIZATION);
        finish(realizations.get(1), Map.of());
        assertThat(campaign).isWaitingAt(RUN_RETENTION);
        assertThat(stage(RetentionProcess.PROCESS_KEY)).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN);

        finish(stage(RetentionProcess.PROCESS_KEY), Map.of());
        assertThat(campaign).hasPassedInOrder(CAMPAIGN_STARTED, RUN_RECRUITING, COHORT_FORMED,
                RUN_RULES_AND_RESPONSIBILITIES, RUN_REINFORCEMENT, RUN_REALIZATION, RUN_RETENTION,
                CAMPAIGN_COMPLETED).isEnded();
        assertThat(progress).containsExactly("REINFORCING", "REALIZING", "RETAINING", "COMPLETED");
    }

    @Test
    void goesStraightToRetentionWhenNoIdeaWasSubmitted() {
        ProcessInstance campaign = launch();
        finish(stage(RecruitingProcess.PROCESS_KEY), Map.of(COHORT_PARTNER_COUNT, 2));
        finish(stage(RulesAndResponsibilitiesProcess.PROCESS_KEY), Map.of());

        finish(stage(ReinforcementProcess.PROCESS_KEY), Map.of());

        assertThat(campaign).isWaitingAt(RUN_RETENTION);
        assertThat(runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(RealizationProcess.PROCESS_KEY).count()).isZero();
    }

    @Test
    void endsWhenRecruitingEndsWithoutApplications() {
        ProcessInstance campaign = launch();

        // Recruiting that ended without applications hands back no cohort at all
        finish(stage(RecruitingProcess.PROCESS_KEY), Map.of());

        assertThat(campaign).hasPassed(CAMPAIGN_ENDED_WITHOUT_COHORT).hasNotPassed(RUN_RULES_AND_RESPONSIBILITIES)
                .isEnded();
        assertThat(progress).isEmpty();
    }

    @Test
    void endsWhenNobodyWasSelected() {
        ProcessInstance campaign = launch();

        finish(stage(RecruitingProcess.PROCESS_KEY), Map.of(COHORT_PARTNER_COUNT, 0));

        assertThat(campaign).hasPassed(CAMPAIGN_ENDED_WITHOUT_COHORT).hasNotPassed(RUN_RULES_AND_RESPONSIBILITIES)
                .isEnded();
    }

    private ProcessInstance launch() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CAMPAIGN_ID, CAMPAIGN);
        variables.put(APPLICATION_DEADLINE, DEADLINE);
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, variables);
    }

    private ProcessInstance stage(String key) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(BUSINESS_KEY).singleResult();
    }

    private void finish(ProcessInstance stage, Map<String, Object> variables) {
        Task work = taskQuery().processInstanceId(stage.getId()).singleResult();
        complete(work, variables);
    }

    private static BpmnModelInstance standIn(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask(STAGE_WORK).endEvent().done();
    }

    /** Stands in for the campaign status bean: records the statuses the model moves to. */
    public class ProgressRecorder {
        public void enter(Long campaignId, String status) {
            assertThat(campaignId).isEqualTo(CAMPAIGN);
            progress.add(status);
        }
    }

    /** Stands in for Reinforcement's hand-over: the ideas the test says were submitted. */
    public class SubmittedIdeasStandIn {
        public List<Long> ofCampaign(Long campaignId) {
            assertThat(campaignId).isEqualTo(CAMPAIGN);
            return List.copyOf(submittedIdeas);
        }
    }
}
