package com.cocreation5r.it.history;

import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.identity.Groups;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Small test-only models that leave the kind of history ④ Realization leaves: a DMN decision, a
 * triage task and a rejection explanation with due dates, the partner's acknowledgement, and a
 * called process. They use Realization's task ids but a process key of their own, so the real
 * Realization model is never shadowed by a test version.
 */
final class AuditTestModels {

    static final String PROCESS_KEY = "auditTestIdea";
    static final String HAND_OVER_KEY = "auditTestHandOver";
    static final String DECISION_KEY = "auditTestUrgency";
    static final String CLASSIFY = "classifyIdea";
    static final String CALL_HAND_OVER = "callHandOver";

    static final String CATEGORY = "category";
    static final String URGENCY = "urgency";
    static final String ACCEPTED = "accepted";
    static final String TRIAGE_DUE = "triageDue";
    static final String EXPLAIN_DUE = "explainDue";
    static final String PARTNER_USER = "partnerUser";

    private static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                         xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                         id="auditTestDecisions" name="Audit test decisions" namespace="http://cocreation5r.com/test">
              <decision id="auditTestUrgency" name="Urgency of an idea" camunda:historyTimeToLive="P30D">
                <decisionTable id="urgencyTable" hitPolicy="UNIQUE">
                  <input id="categoryInput" label="Category">
                    <inputExpression id="categoryExpression" typeRef="string"><text>category</text></inputExpression>
                  </input>
                  <output id="urgencyOutput" label="Urgency" name="urgency" typeRef="string"/>
                  <rule id="productIsUrgent">
                    <inputEntry id="productEntry"><text>"product"</text></inputEntry>
                    <outputEntry id="productUrgency"><text>"high"</text></outputEntry>
                  </rule>
                  <rule id="packagingCanWait">
                    <inputEntry id="packagingEntry"><text>"packaging"</text></inputEntry>
                    <outputEntry id="packagingUrgency"><text>"low"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    private AuditTestModels() {
    }

    static void deploy(RepositoryService repository) {
        repository.createDeployment().name("audit-history-test-models").enableDuplicateFiltering(false)
                .addModelInstance(PROCESS_KEY + ".bpmn", idea())
                .addModelInstance(HAND_OVER_KEY + ".bpmn", handOver())
                .addString(DECISION_KEY + ".dmn", DECISION)
                .deploy();
    }

    private static BpmnModelInstance idea() {
        return Bpmn.createExecutableProcess(PROCESS_KEY).name("Audit test idea").camundaHistoryTimeToLive(30)
                .startEvent("ideaSubmitted").name("Idea submitted")
                .businessRuleTask(CLASSIFY).name("Classify idea").camundaDecisionRef(DECISION_KEY)
                .camundaResultVariable(URGENCY).camundaMapDecisionResult("singleEntry")
                .userTask(RealizationProcess.TRIAGE_IDEA).name("Triage idea").camundaCandidateGroups(Groups.TRIAGE_MANAGER)
                .camundaDueDate("${" + TRIAGE_DUE + "}")
                .exclusiveGateway("triageVerdict").name("Accepted?")
                .condition("accepted", "${" + ACCEPTED + "}")
                .callActivity(CALL_HAND_OVER).name("Hand over idea").calledElement(HAND_OVER_KEY)
                .endEvent("ideaHandedOver").name("Idea handed over")
                .moveToLastGateway()
                .condition("rejected", "${!" + ACCEPTED + "}")
                .userTask(RealizationProcess.EXPLAIN_REJECTION).name("Explain the rejection")
                .camundaCandidateGroups(Groups.DOMAIN_EXPERT).camundaDueDate("${" + EXPLAIN_DUE + "}")
                .userTask(RealizationProcess.ACKNOWLEDGE_EXPLANATION).name("Acknowledge the explanation")
                .camundaAssignee("${" + PARTNER_USER + "}")
                .endEvent("explanationAcknowledged").name("Explanation acknowledged")
                .done();
    }

    private static BpmnModelInstance handOver() {
        return Bpmn.createExecutableProcess(HAND_OVER_KEY).name("Audit test hand-over").camundaHistoryTimeToLive(30)
                .startEvent("handOverStarted").name("Hand-over started")
                .endEvent("handOverRecorded").name("Hand-over recorded")
                .done();
    }
}
