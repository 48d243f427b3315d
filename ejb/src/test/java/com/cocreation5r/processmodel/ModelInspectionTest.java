package com.cocreation5r.processmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cocreation5r.process.PoolCheckInProcess;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.SupportRequestProcess;
import com.cocreation5r.process.RetentionProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.ProcessChangeProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every hostile and broken model the inspection refuses, and the product's own models it accepts. */
class ModelInspectionTest {

    private final ModelInspection inspection = new ModelInspection(new ModelPolicy(
            productDelegates(),
            Set.of("com.cocreation5r.mission.InviteCohort"),
            Set.of("missionService", "inboxView", "inviteCohort"),
            Map.of("campaignProgress", Set.of("enter"), "submittedIdeas", Set.of("ofCampaign"),
                    "reinforcementCohort", Set.of("of"), "retentionCohort", Set.of("partnerUserIds"),
                    "ideaAuthor", Set.of("userIdOf"), "pollableIdeas", Set.of("count"))));

    /** The delegate bean names the product's models use, as their constants classes name them. */
    private static Set<String> productDelegates() {
        return Stream.of(CampaignProcess.class, RecruitingProcess.class, RulesAndResponsibilitiesProcess.class,
                        ReinforcementProcess.class, SupportRequestProcess.class, RealizationProcess.class,
                        RetentionProcess.class, PoolCheckInProcess.class, ProcessChangeProcess.class)
                .flatMap(constants -> Arrays.stream(constants.getFields()))
                .filter(field -> field.getName().endsWith("_DELEGATE") || field.getName().endsWith("_LISTENER"))
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    /** Every model the product ships, so a process owner can open, change and redeploy each of them. */
    @ParameterizedTest
    @FieldSource("com.cocreation5r.process.ProcessModels#RESOURCES")
    void acceptsTheProductsOwnModels(String resource) throws IOException {
        try (InputStream model = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(inspection.inspect(resource.substring(7), model.readAllBytes())).isEmpty();
        }
    }

    @Test
    void modelFunctionsAreCallableButNothingElseOfTheirBeans() {
        assertThat(problems(process("<bpmn:sequenceFlow id=\"onward\" sourceRef=\"a\" targetRef=\"b\">"
                + "<bpmn:conditionExpression>${submittedIdeas.ofCampaign(campaignId).size() > 0}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>"))).extracting(ModelProblem::rule).doesNotContain(ModelRule.EXPRESSION);
        assertThat(problems(process("<bpmn:sequenceFlow id=\"onward\" sourceRef=\"a\" targetRef=\"b\">"
                + "<bpmn:conditionExpression>${submittedIdeas.getClass() != null}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>"))).extracting(ModelProblem::rule, ModelProblem::elementId)
                .contains(tuple(ModelRule.EXPRESSION, "onward"));
        assertThat(problems(process("<bpmn:sequenceFlow id=\"onward\" sourceRef=\"a\" targetRef=\"b\">"
                + "<bpmn:conditionExpression>${submittedIdeas != null}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>"))).extracting(ModelProblem::rule).contains(ModelRule.EXPRESSION);
    }

    @Test
    void refusesScriptTasksNamingTheElement() {
        assertThat(problems(process("<bpmn:scriptTask id=\"sayHello\" name=\"Hello\" scriptFormat=\"javascript\">"
                + "<bpmn:script>java.lang.Runtime.getRuntime().exec('touch /tmp/owned')</bpmn:script></bpmn:scriptTask>")))
                .extracting(ModelProblem::rule, ModelProblem::elementId)
                .contains(tuple(ModelRule.SCRIPT, "sayHello"));
    }

    @Test
    void refusesScriptListenersAndScriptInputs() {
        String listener = "<bpmn:userTask id=\"approve\" name=\"Approve\"><bpmn:extensionElements>"
                + "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">'id'.execute()"
                + "</camunda:script></camunda:taskListener></bpmn:extensionElements></bpmn:userTask>";
        assertThat(problems(process(listener))).extracting(ModelProblem::rule, ModelProblem::elementId)
                .contains(tuple(ModelRule.SCRIPT, "approve"));
        String condition = "<bpmn:sequenceFlow id=\"go\" sourceRef=\"started\" targetRef=\"started\">"
                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow>";
        assertThat(problems(process(condition))).extracting(ModelProblem::rule, ModelProblem::elementId)
                .contains(tuple(ModelRule.SCRIPT, "go"));
    }

    @Test
    void refusesJavaClassesOutsideTheProductsDelegates() {
        assertThat(problems(process("<bpmn:serviceTask id=\"run\" name=\"Run\" camunda:class=\"java.lang.ProcessBuilder\"/>")))
                .extracting(ModelProblem::rule, ModelProblem::elementId)
                .containsExactly(tuple(ModelRule.JAVA_CLASS, "run"));
        assertThat(problems(process("<bpmn:userTask id=\"listened\" name=\"L\"><bpmn:extensionElements>"
                + "<camunda:taskListener event=\"create\" class=\"org.example.Evil\"/></bpmn:extensionElements>"
                + "</bpmn:userTask>"))).extracting(ModelProblem::rule, ModelProblem::elementId)
                .containsExactly(tuple(ModelRule.JAVA_CLASS, "listened"));
        assertThat(problems(process("<bpmn:serviceTask id=\"invite\" name=\"Invite\" "
                + "camunda:class=\"com.cocreation5r.mission.InviteCohort\"/>"))).isEmpty();
        assertThat(problems(process("<bpmn:callActivity id=\"call\" name=\"Call\" calledElement=\"recruiting\" "
                + "camunda:variableMappingClass=\"org.example.Evil\"/>")))
                .extracting(ModelProblem::rule).containsExactly(ModelRule.JAVA_CLASS);
    }

    @Test
    void refusesExpressionsReachingOutsideTheAllowList() {
        assertThat(rules("<bpmn:serviceTask id=\"call\" name=\"Call\" camunda:expression=\"${missionService.publish(1)}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:serviceTask id=\"call\" name=\"Call\" "
                + "camunda:expression=\"${execution.getProcessEngineServices().getRuntimeService()}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\" camunda:assignee=\"${''.getClass().forName('java.lang.Runtime')}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\" camunda:assignee=\"${x['class']}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\" camunda:assignee=\"${execution.processBusinessKey.getClass()}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:serviceTask id=\"s\" name=\"S\" camunda:delegateExpression=\"${inboxView}\"/>"))
                .contains(ModelRule.EXPRESSION);
        assertThat(rules("<bpmn:serviceTask id=\"s\" name=\"S\" camunda:expression=\"${inviteCohort.execute(null)}\"/>"))
                .contains(ModelRule.EXPRESSION);
        // what the product's models do stays allowed
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\" camunda:candidateGroups=\"legal\" "
                + "camunda:dueDate=\"${dateTime().plusDays(7).toDate()}\" camunda:assignee=\"${partnerUserId}\"/>"
                + "<bpmn:serviceTask id=\"s\" name=\"S\" camunda:delegateExpression=\"${inviteCohort}\"/>")).isEmpty();
    }

    @Test
    void refusesExternalResourcesAndForeignForms() {
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\" camunda:formKey=\"embedded:http://evil.example/form.html\"/>"))
                .contains(ModelRule.FORM);
        assertThat(rules("<bpmn:serviceTask id=\"s\" name=\"S\"><bpmn:extensionElements><camunda:connector>"
                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                + "</bpmn:extensionElements></bpmn:serviceTask>")).contains(ModelRule.EXTERNAL_RESOURCE);
        assertThat(rules("<bpmn:userTask id=\"t\" name=\"T\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"js\" resource=\"classpath://x.js\"/>"
                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>"))
                .contains(ModelRule.EXTERNAL_RESOURCE, ModelRule.SCRIPT);
        assertThat(problems(("<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS
                + "\" id=\"d\" targetNamespace=\"t\"><bpmn:import importType=\"x\" location=\"http://evil.example/x.xsd\" "
                + "namespace=\"x\"/><bpmn:process id=\"p\" isExecutable=\"true\"/></bpmn:definitions>")))
                .extracting(ModelProblem::rule).contains(ModelRule.EXTERNAL_RESOURCE);
    }

    @Test
    void refusesDoctypesEntitiesAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS + "\" id=\"d\">&secret;</bpmn:definitions>";
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS + "\" id=\"d\">&lol3;</bpmn:definitions>";
        assertThat(problems(xxe)).extracting(ModelProblem::rule).containsExactly(ModelRule.DOCTYPE);
        assertThat(problems(billionLaughs)).extracting(ModelProblem::rule).containsExactly(ModelRule.DOCTYPE);
    }

    @Test
    void refusesBrokenFiles() {
        assertThat(problems("<bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS + "\"><bpmn:process>"))
                .extracting(ModelProblem::rule).containsExactly(ModelRule.MALFORMED_XML);
        assertThat(problems(new byte[ModelInspection.MAX_BYTES + 1])).extracting(ModelProblem::rule)
                .containsExactly(ModelRule.TOO_LARGE);
        assertThat(inspection.inspect("notes.txt", "x".getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::rule).containsExactly(ModelRule.NOT_A_MODEL_FILE);
        assertThat(problems("<bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS + "\" id=\"d\">"
                + "<bpmn:process id=\"p\" isExecutable=\"false\"/></bpmn:definitions>"))
                .extracting(ModelProblem::rule).containsExactly(ModelRule.NO_EXECUTABLE_MODEL);
    }

    @Test
    void refusesDecisionsInOtherLanguagesThanFeel() {
        String dmn = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" "
                + "namespace=\"x\"><decision id=\"pick\" name=\"Pick\"><decisionTable id=\"table\">"
                + "<input id=\"in\"><inputExpression id=\"inExpr\" typeRef=\"string\" expressionLanguage=\"javascript\">"
                + "<text>java.lang.System.exit(1)</text></inputExpression></input>"
                + "<output id=\"out\" name=\"o\" typeRef=\"string\"/></decisionTable></decision></definitions>";
        assertThat(inspection.inspect("pick.dmn", dmn.getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::rule, ModelProblem::elementId)
                .containsExactly(tuple(ModelRule.SCRIPT, "inExpr"));
        assertThatThrownBy(() -> inspection.requireSafe("pick.dmn", dmn.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelRejected.class).hasMessageContaining("inExpr").hasMessageContaining("SCRIPT");
    }

    private List<ModelRule> rules(String flowElements) {
        return problems(process(flowElements)).stream().map(ModelProblem::rule).toList();
    }

    private List<ModelProblem> problems(String xml) {
        return problems(xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<ModelProblem> problems(byte[] xml) {
        return inspection.inspect("changed.bpmn", xml);
    }

    private static String process(String flowElements) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"" + ModelInspection.BPMN_NS
                + "\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"d\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"changed\" isExecutable=\"true\"><bpmn:startEvent id=\"started\"/>"
                + flowElements + "</bpmn:process></bpmn:definitions>";
    }
}
