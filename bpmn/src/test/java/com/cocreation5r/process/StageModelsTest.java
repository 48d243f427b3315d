package com.cocreation5r.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
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
 * Checks the stage models against the house rules (meaningful ids, delegates by expression, a
 * complete diagram, a history time to live) and against the names their constants classes give.
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

    /**
     * Every stage's constants class names its model's parts by one convention: a user task's form
     * key is the constant {@code <TASK>_FORM}, a service task's delegate is {@code <TASK>_DELEGATE},
     * candidate groups are {@code *_GROUP} constants, an assignee names a variable or bean the class
     * names, and every flow node's id is a constant.
     */
    @ParameterizedTest
    @ValueSource(classes = {RecruitingProcess.class, RulesAndResponsibilitiesProcess.class,
            ReinforcementProcess.class, SupportRequestProcess.class, RealizationProcess.class, RetentionProcess.class,
            PoolCheckInProcess.class})
    void usesTheNamesOfItsConstantsClass(Class<?> stage) throws IOException {
        // Arrange
        Map<String, String> names = constantsOf(stage);
        BpmnModelInstance model = read("models/" + kebab(names.get("PROCESS_KEY")) + ".bpmn");
        Collection<String> groups = names.entrySet().stream().filter(name -> name.getKey().endsWith("_GROUP"))
                .map(Map.Entry::getValue).toList();

        // Act
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        Collection<ServiceTask> serviceTasks = model.getModelElementsByType(ServiceTask.class);

        // Assert
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(names).as("constants of %s", stage.getSimpleName()).containsValue(id));
        assertThat(userTasks).extracting(UserTask::getId)
                .containsExactlyInAnyOrderElementsOf(idsNamedWithSuffix(names, "_FORM"));
        assertThat(userTasks).allSatisfy(task -> {
            assertThat(task.getCamundaFormKey()).isEqualTo(names.get(nameOf(names, task.getId(), "_FORM") + "_FORM"));
            assertThat(task.getCamundaCandidateGroupsList()).isSubsetOf(groups);
            if (task.getCamundaAssignee() != null) {
                assertThat(names.values()).as("variable or bean of the assignee %s", task.getCamundaAssignee())
                        .anyMatch(name -> task.getCamundaAssignee().matches("\\$\\{" + Pattern.quote(name) + "\\b.*}"));
            }
        });
        assertThat(serviceTasks).extracting(ServiceTask::getId)
                .containsExactlyInAnyOrderElementsOf(idsNamedWithSuffix(names, "_DELEGATE"));
        assertThat(serviceTasks).allSatisfy(task -> assertThat(task.getCamundaDelegateExpression())
                .isEqualTo("${" + names.get(nameOf(names, task.getId(), "_DELEGATE") + "_DELEGATE") + "}"));
    }

    @Test
    void reinforcementDraftsOneTaskPerPartnerAndLeavesSupportRequestsToTheirOwnProcess() throws IOException {
        BpmnModelInstance model = read(REINFORCEMENT);

        UserTask draft = model.getModelElementById(ReinforcementProcess.DRAFT_IDEAS);
        assertThat(draft.getLoopCharacteristics().getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                "collection")).isEqualTo("${" + ReinforcementProcess.COHORT_BEAN + ".of("
                        + ReinforcementProcess.CAMPAIGN_ID + ")}");
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity)
                .containsExactly(tuple(ReinforcementProcess.DRAFTING_DEADLINE_PASSED, true));
        assertThat(model.getModelElementsByType(SubProcess.class))
                .as("support requests run apart, so they never hold the stage").isEmpty();
        assertThat(model.getModelElementsByType(Message.class)).isEmpty();
    }

    @Test
    void aSupportRequestEscalatesWhenItsAnswerIsOverdueWithoutClosingTheTask() throws IOException {
        BpmnModelInstance model = read(SUPPORT_REQUEST);

        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactly(tuple(SupportRequestProcess.SUPPORT_RESPONSE_OVERDUE, false,
                        SupportRequestProcess.ANSWER_SUPPORT_REQUEST));
    }

    @Test
    void rulesAndResponsibilitiesRemindsBeforeTheAcceptanceDeadlineAndWithdrawsAtIt() throws IOException {
        BpmnModelInstance model = read(RULES_AND_RESPONSIBILITIES);

        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity, event -> event.getAttachedTo().getId())
                .containsExactlyInAnyOrder(
                        tuple(RulesAndResponsibilitiesProcess.ACCEPTANCE_REMINDER_DUE, false,
                                RulesAndResponsibilitiesProcess.ACCEPT_TERMS),
                        tuple(RulesAndResponsibilitiesProcess.ACCEPTANCE_DEADLINE_PASSED, true,
                                RulesAndResponsibilitiesProcess.ACCEPT_TERMS));
    }

    @Test
    void retentionDecidesEachPartnersHonoursAndClosesTheSurveyAtItsDeadline() throws IOException {
        BpmnModelInstance model = read(RETENTION);

        BusinessRuleTask decision = model.getModelElementById(RetentionProcess.DECIDE_HONOURS);
        assertThat(decision.getCamundaDecisionRef()).isEqualTo(RetentionProcess.HONOURS_DECISION);
        assertThat(decision.getCamundaResultVariable()).isEqualTo(RetentionProcess.HONOUR);
        SubProcess perPartner = model.getModelElementById(RetentionProcess.RETAIN_PARTNER);
        assertThat(((MultiInstanceLoopCharacteristics) perPartner.getLoopCharacteristics()).getCamundaCollection())
                .isEqualTo(RetentionProcess.COHORT_EXPRESSION);
        assertThat(model.getModelElementsByType(BoundaryEvent.class))
                .extracting(BoundaryEvent::getId, BoundaryEvent::cancelActivity)
                .containsExactly(tuple(RetentionProcess.SURVEY_DEADLINE_PASSED, true));
        assertThat(ProcessModels.RESOURCES).contains("models/partner-honours.dmn");
    }

    /** The class's {@code public static final String} constants by name. */
    private static Map<String, String> constantsOf(Class<?> stage) {
        Map<String, String> names = new TreeMap<>();
        for (Field field : stage.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** The ids named by the constants that have a companion constant ending in {@code suffix}. */
    private static List<String> idsNamedWithSuffix(Map<String, String> names, String suffix) {
        return names.keySet().stream().filter(name -> name.endsWith(suffix))
                .map(name -> names.get(name.substring(0, name.length() - suffix.length())))
                .toList();
    }

    /** The constant whose value is {@code id} and that has a companion ending in {@code suffix}. */
    private static String nameOf(Map<String, String> names, String id, String suffix) {
        return names.keySet().stream().filter(name -> id.equals(names.get(name)))
                .filter(name -> names.containsKey(name + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no constant for " + id + " with a companion " + suffix));
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
