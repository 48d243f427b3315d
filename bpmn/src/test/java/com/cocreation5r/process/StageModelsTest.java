package com.cocreation5r.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Checks the campaign and R&amp;R models against the house rules (meaningful ids, delegates by
 * expression, a complete diagram, a history time to live) and against the names the code uses.
 */
class StageModelsTest {

    private static final String CAMPAIGN = "models/campaign.bpmn";
    private static final String RULES_AND_RESPONSIBILITIES = "models/rules-and-responsibilities.bpmn";
    private static final String REINFORCEMENT = "models/reinforcement.bpmn";
    private static final String REALIZATION = "models/realization.bpmn";
    private static final String RETENTION = "models/retention.bpmn";
    private static final String POOL_CHECK_IN = "models/pool-check-in.bpmn";
    private static final String SUPPORT_REQUEST = "models/support-request.bpmn";

    @ParameterizedTest
    @ValueSource(strings = {CAMPAIGN, RULES_AND_RESPONSIBILITIES, REINFORCEMENT, REALIZATION, RETENTION,
            POOL_CHECK_IN, SUPPORT_REQUEST, "models/process-change.bpmn"})
    void followsTheHouseRules(String resource) throws IOException {
        BpmnModelInstance model = read(resource);
        Process process = model.getModelElementsByType(Process.class).iterator().next();

        assertThat(resource).isEqualTo("models/" + kebab(process.getId()) + ".bpmn");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(ProcessModels.RESOURCES).contains(resource);
        assertThat(model.getModelElementsByType(BaseElement.class)).extracting(BaseElement::getId)
                .filteredOn(Objects::nonNull)
                .allSatisfy(id -> assertThat(id).matches("[a-z][a-zA-Z]+")
                        .doesNotMatch("(?i)(task|flow|gateway|event|activity|process)\\d*"));
        assertThat(model.getModelElementsByType(FlowElement.class))
                .filteredOn(element -> element instanceof FlowNode || element instanceof SequenceFlow)
                .allSatisfy(element -> assertThat(element.getDiagramElement())
                        .as("diagram element of %s", element.getId()).isNotNull());
        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank());
        assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaClass()).isNull();
            assertThat(task.getCamundaExpression()).isNull();
            assertThat(task.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
        });
    }

    @Test
    void theCampaignCallsTheStagesInOrderWithItsBusinessKey() throws IOException {
        BpmnModelInstance model = read(CAMPAIGN);

        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .containsExactlyInAnyOrder(CampaignProcess.CAMPAIGN_STARTED, CampaignProcess.RUN_RECRUITING,
                        CampaignProcess.COHORT_FORMED, CampaignProcess.CAMPAIGN_ENDED_WITHOUT_COHORT,
                        CampaignProcess.RUN_RULES_AND_RESPONSIBILITIES, CampaignProcess.RUN_REINFORCEMENT,
                        CampaignProcess.RUN_REALIZATION, CampaignProcess.RUN_RETENTION,
                        CampaignProcess.CAMPAIGN_COMPLETED);
        Collection<CallActivity> calls = model.getModelElementsByType(CallActivity.class);
        assertThat(calls).extracting(CallActivity::getId, CallActivity::getCalledElement).containsExactlyInAnyOrder(
                tuple(CampaignProcess.RUN_RECRUITING, RecruitingProcess.PROCESS_KEY),
                tuple(CampaignProcess.RUN_RULES_AND_RESPONSIBILITIES, RulesAndResponsibilitiesProcess.PROCESS_KEY),
                tuple(CampaignProcess.RUN_REINFORCEMENT, ReinforcementProcess.PROCESS_KEY),
                tuple(CampaignProcess.RUN_REALIZATION, RealizationProcess.PROCESS_KEY),
                tuple(CampaignProcess.RUN_RETENTION, RetentionProcess.PROCESS_KEY));
        assertThat(calls).allSatisfy(call -> assertThat(call.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaIn.class).list())
                .extracting(CamundaIn::getCamundaBusinessKey, CamundaIn::getCamundaSource)
                .contains(tuple("#{execution.processBusinessKey}", null),
                        tuple(null, CampaignProcess.CAMPAIGN_ID)));
    }

    @Test
    void rulesAndResponsibilitiesUsesTheSharedNames() throws IOException {
        BpmnModelInstance model = read(RULES_AND_RESPONSIBILITIES);

        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaFormKey, UserTask::getCamundaCandidateGroups,
                        UserTask::getCamundaAssignee)
                .containsExactlyInAnyOrder(
                        tuple(RulesAndResponsibilitiesProcess.DRAFT_MISSION,
                                RulesAndResponsibilitiesProcess.DRAFT_MISSION_FORM,
                                RulesAndResponsibilitiesProcess.PROGRAM_MANAGER_GROUP, null),
                        tuple(RulesAndResponsibilitiesProcess.REVIEW_TERMS,
                                RulesAndResponsibilitiesProcess.REVIEW_TERMS_FORM,
                                RulesAndResponsibilitiesProcess.LEGAL_GROUP, null),
                        tuple(RulesAndResponsibilitiesProcess.ACCEPT_TERMS,
                                RulesAndResponsibilitiesProcess.ACCEPT_TERMS_FORM, null,
                                "${" + RulesAndResponsibilitiesProcess.PARTNER_USER_ID + "}"));
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactlyInAnyOrder(
                        tuple(RulesAndResponsibilitiesProcess.INVITE_COHORT,
                                "${" + RulesAndResponsibilitiesProcess.INVITE_COHORT_DELEGATE + "}"),
                        tuple(RulesAndResponsibilitiesProcess.REMIND_PARTNER,
                                "${" + RulesAndResponsibilitiesProcess.REMIND_PARTNER_DELEGATE + "}"),
                        tuple(RulesAndResponsibilitiesProcess.WITHDRAW_PARTNER,
                                "${" + RulesAndResponsibilitiesProcess.WITHDRAW_PARTNER_DELEGATE + "}"),
                        tuple(RulesAndResponsibilitiesProcess.PUBLISH_EVALUATION_SCHEME,
                                "${" + RulesAndResponsibilitiesProcess.PUBLISH_EVALUATION_SCHEME_DELEGATE + "}"));
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactlyInAnyOrder(
                        tuple(RulesAndResponsibilitiesProcess.ACCEPTANCE_REMINDER_DUE, false,
                                RulesAndResponsibilitiesProcess.ACCEPT_TERMS),
                        tuple(RulesAndResponsibilitiesProcess.ACCEPTANCE_DEADLINE_PASSED, true,
                                RulesAndResponsibilitiesProcess.ACCEPT_TERMS));
        List<String> namedInCode = List.of(RulesAndResponsibilitiesProcess.RULES_AND_RESPONSIBILITIES_STARTED,
                RulesAndResponsibilitiesProcess.DRAFT_NEEDED, RulesAndResponsibilitiesProcess.LEGAL_VERDICT,
                RulesAndResponsibilitiesProcess.OBTAIN_CONSENT, RulesAndResponsibilitiesProcess.CONSENT_REQUESTED,
                RulesAndResponsibilitiesProcess.PARTNER_REMINDED, RulesAndResponsibilitiesProcess.PARTNER_WITHDRAWN,
                RulesAndResponsibilitiesProcess.PARTNER_DECISION, RulesAndResponsibilitiesProcess.PARTNER_ACCEPTED,
                RulesAndResponsibilitiesProcess.PARTNER_DECLINED,
                RulesAndResponsibilitiesProcess.RULES_AND_RESPONSIBILITIES_COMPLETED);
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .containsAll(namedInCode).hasSize(namedInCode.size() + 3 + 4 + 2);
    }

    @Test
    void reinforcementUsesTheSharedNames() throws IOException {
        BpmnModelInstance model = read(REINFORCEMENT);

        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaFormKey, UserTask::getCamundaCandidateGroups,
                        UserTask::getCamundaAssignee)
                .containsExactlyInAnyOrder(
                        tuple(ReinforcementProcess.PREPARE_TOOLKIT, ReinforcementProcess.PREPARE_TOOLKIT_FORM,
                                ReinforcementProcess.COMMUNITY_MANAGER_GROUP, null),
                        tuple(ReinforcementProcess.DRAFT_IDEAS, ReinforcementProcess.DRAFT_IDEAS_FORM, null,
                                "${" + ReinforcementProcess.PARTNER_USER_ID + "}"));
        UserTask draft = model.getModelElementById(ReinforcementProcess.DRAFT_IDEAS);
        assertThat(draft.getLoopCharacteristics().getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                "collection")).isEqualTo("${" + ReinforcementProcess.COHORT_BEAN + ".of("
                        + ReinforcementProcess.CAMPAIGN_ID + ")}");
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactlyInAnyOrder(
                        tuple(ReinforcementProcess.OPEN_DRAFTING,
                                "${" + ReinforcementProcess.OPEN_DRAFTING_DELEGATE + "}"),
                        tuple(ReinforcementProcess.CLOSE_DRAFTING,
                                "${" + ReinforcementProcess.CLOSE_DRAFTING_DELEGATE + "}"),
                        tuple(ReinforcementProcess.HAND_OVER_IDEAS,
                                "${" + ReinforcementProcess.HAND_OVER_IDEAS_DELEGATE + "}"));
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactlyInAnyOrder(
                        tuple(ReinforcementProcess.DRAFTING_DEADLINE_PASSED, true, ReinforcementProcess.DRAFT_IDEAS));
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SubProcess.class))
                .as("support requests run apart, so they never hold the stage").isEmpty();
        List<String> namedInCode = List.of(ReinforcementProcess.REINFORCEMENT_STARTED,
                ReinforcementProcess.ANY_IDEAS_SUBMITTED, ReinforcementProcess.REINFORCEMENT_ENDED_WITHOUT_IDEAS,
                ReinforcementProcess.REFINEMENT_WINDOW_CLOSED, ReinforcementProcess.REINFORCEMENT_COMPLETED);
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .containsAll(namedInCode).hasSize(namedInCode.size() + 2 + 3 + 1);
    }

    @Test
    void supportRequestUsesTheSharedNames() throws IOException {
        BpmnModelInstance model = read(SUPPORT_REQUEST);

        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(SupportRequestProcess.PROCESS_KEY);
        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaFormKey, UserTask::getCamundaCandidateGroups)
                .containsExactly(tuple(SupportRequestProcess.ANSWER_SUPPORT_REQUEST,
                        SupportRequestProcess.ANSWER_SUPPORT_REQUEST_FORM, SupportRequestProcess.COMMUNITY_MANAGER_GROUP));
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactly(tuple(SupportRequestProcess.ESCALATE_SUPPORT_REQUEST,
                        "${" + SupportRequestProcess.ESCALATE_SUPPORT_REQUEST_DELEGATE + "}"));
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactly(tuple(SupportRequestProcess.SUPPORT_RESPONSE_OVERDUE, false,
                        SupportRequestProcess.ANSWER_SUPPORT_REQUEST));
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .containsExactlyInAnyOrder(SupportRequestProcess.SUPPORT_REQUESTED,
                        SupportRequestProcess.ANSWER_SUPPORT_REQUEST, SupportRequestProcess.SUPPORT_RESPONSE_OVERDUE,
                        SupportRequestProcess.ESCALATE_SUPPORT_REQUEST, SupportRequestProcess.SUPPORT_REQUEST_ESCALATED,
                        SupportRequestProcess.SUPPORT_REQUEST_ANSWERED);
    }

    @Test
    void retentionUsesTheSharedNames() throws IOException {
        BpmnModelInstance model = read(RETENTION);

        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaFormKey, UserTask::getCamundaCandidateGroups,
                        UserTask::getCamundaAssignee)
                .containsExactlyInAnyOrder(
                        tuple(RetentionProcess.TAKE_SATISFACTION_SURVEY, RetentionProcess.TAKE_SATISFACTION_SURVEY_FORM,
                                null, "${" + RetentionProcess.PARTNER_USER_ID + "}"),
                        tuple(RetentionProcess.FOLLOW_UP_SATISFACTION, RetentionProcess.FOLLOW_UP_SATISFACTION_FORM,
                                RetentionProcess.PROGRAM_MANAGER_GROUP, null));
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .extracting(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression)
                .containsExactlyInAnyOrder(
                        tuple(RetentionProcess.MEASURE_CONTRIBUTION,
                                "${" + RetentionProcess.MEASURE_CONTRIBUTION_DELEGATE + "}"),
                        tuple(RetentionProcess.RECORD_HONOUR, "${" + RetentionProcess.RECORD_HONOUR_DELEGATE + "}"));
        BusinessRuleTask decision = model.getModelElementById(RetentionProcess.DECIDE_HONOURS);
        assertThat(decision.getCamundaDecisionRef()).isEqualTo(RetentionProcess.HONOURS_DECISION);
        assertThat(decision.getCamundaResultVariable()).isEqualTo(RetentionProcess.HONOUR);
        SubProcess perPartner = model.getModelElementById(RetentionProcess.RETAIN_PARTNER);
        assertThat(((MultiInstanceLoopCharacteristics) perPartner.getLoopCharacteristics()).getCamundaCollection())
                .isEqualTo(RetentionProcess.COHORT_EXPRESSION);
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactly(tuple(RetentionProcess.SURVEY_DEADLINE_PASSED, true,
                        RetentionProcess.TAKE_SATISFACTION_SURVEY));
        assertThat(ProcessModels.RESOURCES).contains("models/partner-honours.dmn");
    }

    private static BpmnModelInstance read(String resource) throws IOException {
        try (InputStream bpmn = StageModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(bpmn).as(resource).isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
            Bpmn.validateModel(model);
            return model;
        }
    }

    private static String kebab(String id) {
        return id.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
