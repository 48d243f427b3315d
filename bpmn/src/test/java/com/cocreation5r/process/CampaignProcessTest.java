package com.cocreation5r.process;

import static com.cocreation5r.process.CampaignProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign runs the stages in order, handing each the campaign and its business key. The
 * stages are stood in for by one-task processes under the real keys, so this test is about the
 * campaign's wiring; each stage has tests of its own.
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

    private String standInDeployment;

    @BeforeEach
    void deployStandInStages() {
        init(engine.getProcessEngine());
        standInDeployment = repositoryService().createDeployment()
                .addModelInstance("recruiting.bpmn", standIn(RecruitingProcess.PROCESS_KEY))
                .addModelInstance("rules-and-responsibilities.bpmn", standIn(RulesAndResponsibilitiesProcess.PROCESS_KEY))
                .deploy().getId();
    }

    @AfterEach
    void removeStandInStages() {
        repositoryService().deleteDeployment(standInDeployment, true);
        reset();
    }

    @Test
    void runsRecruitingThenRulesAndResponsibilitiesUnderTheCampaignsKey() {
        // Given a launched campaign
        ProcessInstance campaign = launch();
        assertThat(campaign).isWaitingAt(RUN_RECRUITING);

        // Then Recruiting runs with the campaign, its deadline and its business key
        ProcessInstance recruiting = stage(RecruitingProcess.PROCESS_KEY);
        assertThat(recruiting.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        assertThat(recruiting).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN)
                .containsEntry(APPLICATION_DEADLINE, DEADLINE);

        // When Recruiting forms a cohort of two
        finish(recruiting, Map.of(COHORT_PARTNER_COUNT, 2));

        // Then R&R runs with the campaign and its business key
        assertThat(campaign).hasPassed(COHORT_FORMED).isWaitingAt(RUN_RULES_AND_RESPONSIBILITIES);
        ProcessInstance rr = stage(RulesAndResponsibilitiesProcess.PROCESS_KEY);
        assertThat(rr.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        assertThat(rr).variables().containsEntry(CAMPAIGN_ID, CAMPAIGN);

        // When R&R completes, so does the campaign (for now: the later stages slot in here)
        finish(rr, Map.of());
        assertThat(campaign).hasPassedInOrder(CAMPAIGN_STARTED, RUN_RECRUITING, COHORT_FORMED,
                RUN_RULES_AND_RESPONSIBILITIES, CAMPAIGN_COMPLETED).isEnded();
    }

    @Test
    void endsWhenRecruitingEndsWithoutApplications() {
        ProcessInstance campaign = launch();

        // Recruiting that ended without applications hands back no cohort at all
        finish(stage(RecruitingProcess.PROCESS_KEY), Map.of());

        assertThat(campaign).hasPassed(CAMPAIGN_ENDED_WITHOUT_COHORT).hasNotPassed(RUN_RULES_AND_RESPONSIBILITIES)
                .isEnded();
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
}
