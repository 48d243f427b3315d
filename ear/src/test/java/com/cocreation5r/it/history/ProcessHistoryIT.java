package com.cocreation5r.it.history;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditEntryView;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditVerification;
import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.export.ExportFormat;
import com.cocreation5r.export.ExportTable;
import com.cocreation5r.export.TableExporter;
import com.cocreation5r.history.ActivityStatistics;
import com.cocreation5r.history.DefinitionHeat;
import com.cocreation5r.history.DefinitionRetention;
import com.cocreation5r.history.HistoryRetention;
import com.cocreation5r.history.HistorySearch;
import com.cocreation5r.history.InstanceDiagram;
import com.cocreation5r.history.InstanceOrder;
import com.cocreation5r.history.InstanceState;
import com.cocreation5r.history.InstanceSummary;
import com.cocreation5r.history.ProcessHistory;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.history.RetentionOverview;
import com.cocreation5r.history.TaskRecord;
import com.cocreation5r.history.Timeline;
import com.cocreation5r.history.TimelineEntry;
import com.cocreation5r.history.TimelineKind;
import com.cocreation5r.idea.Idea;
import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.idea.IdeaStatus;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.measure.LateDecision;
import com.cocreation5r.measure.MeasuresService;
import com.cocreation5r.measure.ProgramMeasures;
import com.cocreation5r.mission.TermsAcceptance;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.recruiting.Candidate;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auditors' history views over history built by real engine work: a triage, a rejection
 * explained to the partner and acknowledged, an accepted idea handed over through a called
 * process, an overdue triage; and ideas and cohorts in the application's tables.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessHistoryIT {

    private static final String WEB_MODULE = "cocreation-5r-web.war";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.withTest(ProcessHistoryIT.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE).addClass(AuditTestModels.class);
        ear.delete(WEB_MODULE);
        ear.add(web, "/", ZipExporter.class);
        return ear;
    }

    @Inject
    ProcessHistory processHistory;

    @Inject
    MeasuresService measuresService;

    @Inject
    HistoryRetention retention;

    @Inject
    AuditVerification auditVerification;

    @Inject
    TableExporter exporter;

    @Inject
    CampaignService campaignService;

    @Inject
    IdentityService identityService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @PersistenceContext(unitName = "cocreation")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    TestUser auditor;
    TestUser triager;
    TestUser expert;
    TestUser partnerUser;
    TestUser programManager;
    CampaignSummary campaign;
    CampaignSummary earlierCampaign;

    @BeforeEach
    void arrange() throws Exception {
        auditor = TestUser.create(identityService, Groups.AUDITOR);
        triager = TestUser.create(identityService, Groups.TRIAGE_MANAGER);
        expert = TestUser.create(identityService, Groups.DOMAIN_EXPERT);
        partnerUser = TestUser.create(identityService, Groups.PARTNER);
        programManager = TestUser.create(identityService, Groups.PROGRAM_MANAGER);
        AuditTestModels.deploy(repositoryService);
        campaign = SignedIn.as(programManager, () -> campaignService.open(newCampaign("History IT")));
        earlierCampaign = SignedIn.as(programManager, () -> campaignService.open(newCampaign("Earlier campaign")));
    }

    @Test
    void theTimelineShowsTasksDecisionsVariablesCommentsOperationsAndItsReadingIsRecorded() throws Exception {
        // Arrange: an idea triaged, rejected, explained and acknowledged
        String rejected = startIdea(101L, "product", Instant.now().plus(Duration.ofDays(2)),
                Instant.now().minus(Duration.ofHours(1)));
        Task triage = taskOf(rejected, RealizationProcess.TRIAGE_IDEA);
        as(triager, () -> {
            taskService.claim(triage.getId(), triager.id());
            taskService.createComment(triage.getId(), rejected, "Same as the packaging idea of May");
            taskService.complete(triage.getId(), Map.of(AuditTestModels.ACCEPTED, false));
        });
        Task explanation = taskOf(rejected, RealizationProcess.EXPLAIN_REJECTION);
        as(expert, () -> {
            taskService.claim(explanation.getId(), expert.id());
            taskService.complete(explanation.getId());
        });
        Task acknowledgement = taskOf(rejected, RealizationProcess.ACKNOWLEDGE_EXPLANATION);
        as(partnerUser, () -> taskService.complete(acknowledgement.getId()));

        // Act
        Timeline timeline = SignedIn.as(auditor, () -> processHistory.timeline(rejected));

        // Assert: the instance, its tasks with who claimed and completed them, and how long each took
        assertThat(timeline.instance().processKey()).isEqualTo(AuditTestModels.PROCESS_KEY);
        assertThat(timeline.instance().state()).isEqualTo("COMPLETED");
        TaskRecord triaged = task(timeline, RealizationProcess.TRIAGE_IDEA);
        assertThat(triaged.claimedBy()).isEqualTo(triager.id());
        assertThat(triaged.claimedAt()).isNotNull();
        assertThat(triaged.completedBy()).isEqualTo(triager.id());
        assertThat(triaged.durationMillis()).isNotNull();
        assertThat(triaged.overdue(Instant.now())).isFalse();
        TaskRecord explained = task(timeline, RealizationProcess.EXPLAIN_REJECTION);
        assertThat(explained.completedBy()).isEqualTo(expert.id());
        assertThat(explained.overdue(Instant.now())).isTrue();
        assertThat(task(timeline, RealizationProcess.ACKNOWLEDGE_EXPLANATION).completedBy()).isEqualTo(partnerUser.id());
        // the decision with its input and output
        assertThat(timeline.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.decisionKey()).isEqualTo(AuditTestModels.DECISION_KEY);
            assertThat(decision.inputs()).isEqualTo("Category = product");
            assertThat(decision.outputs()).isEqualTo("urgency = high");
        });
        // variables set at the start and the form value of the triage, the comment, the engine's log
        assertThat(entries(timeline, TimelineKind.VARIABLE)).extracting(TimelineEntry::name)
                .contains(AuditTestModels.CATEGORY, AuditTestModels.URGENCY, RealizationProcess.CAMPAIGN_ID);
        assertThat(entries(timeline, TimelineKind.FORM_VALUE)).anySatisfy(value -> {
            assertThat(value.name()).isEqualTo(AuditTestModels.ACCEPTED);
            assertThat(value.detail()).endsWith("false");
            assertThat(value.actor()).isEqualTo(triager.id());
        });
        assertThat(entries(timeline, TimelineKind.COMMENT)).singleElement().satisfies(comment -> {
            assertThat(comment.actor()).isEqualTo(triager.id());
            assertThat(comment.detail()).isEqualTo("Same as the packaging idea of May");
        });
        assertThat(entries(timeline, TimelineKind.OPERATION)).extracting(TimelineEntry::name)
                .contains("Claim Task", "Complete Task");
        assertThat(entries(timeline, TimelineKind.ACTIVITY)).extracting(TimelineEntry::name)
                .contains("Idea submitted", "Classify idea", "Explanation acknowledged");
        assertThat(timeline.entries()).extracting(TimelineEntry::at).isSortedAccordingTo(Instant::compareTo);
        // the reading is in the audit trail, with the campaign
        AuditEntryView newest = SignedIn.as(auditor, () -> auditVerification.entries(0, 1)).get(0);
        assertThat(newest.action()).isEqualTo(AuditAction.PERSONAL_DATA_READ);
        assertThat(newest.actor()).isEqualTo(auditor.id());
        assertThat(newest.subjectType()).isEqualTo(AuditSubject.PROCESS_INSTANCE);
        assertThat(newest.subjectId()).isEqualTo(rejected);
        assertThat(newest.campaignId()).isEqualTo(campaign.id());
    }

    @Test
    void calledProcessesAreLinkedBothWaysAndTheSearchFindsByCampaignIdeaStateAndPartner() throws Exception {
        // Arrange: an accepted idea handed over through the called process, and one still in triage
        String accepted = startIdea(202L, "packaging", Instant.now().plus(Duration.ofDays(1)), null);
        Task triage = taskOf(accepted, RealizationProcess.TRIAGE_IDEA);
        as(triager, () -> {
            taskService.claim(triage.getId(), triager.id());
            taskService.complete(triage.getId(), Map.of(AuditTestModels.ACCEPTED, true));
        });
        String waiting = startIdea(203L, "product", Instant.now().plus(Duration.ofDays(1)), null);

        // Act
        Timeline parent = SignedIn.as(auditor, () -> processHistory.timeline(accepted));
        InstanceSummary child = parent.called().get(0);
        Timeline called = SignedIn.as(auditor, () -> processHistory.timeline(child.id()));

        // Assert: linked both ways, and the call activity names the instance it called
        assertThat(parent.called()).singleElement().extracting(InstanceSummary::processKey)
                .isEqualTo(AuditTestModels.HAND_OVER_KEY);
        assertThat(entries(parent, TimelineKind.ACTIVITY)).anySatisfy(call -> {
            assertThat(call.name()).isEqualTo("Hand over idea");
            assertThat(call.linkedInstanceId()).isEqualTo(child.id());
        });
        assertThat(called.calledBy().id()).isEqualTo(accepted);

        // the search: by campaign, completed first by start time; by idea; by state; by partner
        HistorySearch byCampaign = new HistorySearch(campaign.id(), null, null, null, AuditTestModels.PROCESS_KEY,
                null, null, null);
        assertThat(SignedIn.as(auditor, () -> processHistory.count(byCampaign))).isEqualTo(2);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(byCampaign, 0, 1, InstanceOrder.START_TIME,
                true))).extracting(InstanceSummary::id).containsExactly(accepted);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(byCampaign, 1, 1, InstanceOrder.START_TIME,
                true))).extracting(InstanceSummary::id).containsExactly(waiting);
        HistorySearch byIdea = new HistorySearch(null, null, null, ideaIdOf(203L), null, null, null, null);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(byIdea, 0, 10, InstanceOrder.START_TIME, false)))
                .extracting(InstanceSummary::id).containsExactly(waiting);
        HistorySearch active = new HistorySearch(campaign.id(), null, null, null, null, InstanceState.ACTIVE, null,
                null);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(active, 0, 10, InstanceOrder.START_TIME, false)))
                .extracting(InstanceSummary::id).contains(waiting).doesNotContain(accepted);
        HistorySearch byTriager = new HistorySearch(null, null, triager.id(), null, null, null, null, null);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(byTriager, 0, 10, InstanceOrder.START_TIME,
                false))).extracting(InstanceSummary::id).containsExactly(accepted);
        // this version's heat: two instances; one triage done and one waiting, one hand-over, no explanation
        DefinitionHeat heat = SignedIn.as(auditor, () -> processHistory.heat(parent.instance().definitionId()));
        assertThat(heat.instances()).isEqualTo(2);
        assertThat(activity(heat, RealizationProcess.TRIAGE_IDEA)).satisfies(triageHeat -> {
            assertThat(triageHeat.finished()).isEqualTo(1);
            assertThat(triageHeat.running()).isEqualTo(1);
            assertThat(triageHeat.averageMillis()).isNotNull();
        });
        assertThat(activity(heat, AuditTestModels.CALL_HAND_OVER).finished()).isEqualTo(1);
        assertThat(activity(heat, RealizationProcess.EXPLAIN_REJECTION).total()).isZero();
        assertThat(heat.hottest()).isEqualTo(2);
        HistorySearch backwards = new HistorySearch(campaign.id(), null, null, null, null, null,
                java.time.LocalDate.now(), java.time.LocalDate.now().minusDays(1));
        assertThat(SignedIn.as(auditor, () -> processHistory.count(backwards))).isZero();
        String cancelled = startIdea(204L, "product", Instant.now().plus(Duration.ofDays(1)), null);
        runtimeService.deleteProcessInstance(cancelled, "withdrawn by its partner");
        HistorySearch terminated = new HistorySearch(campaign.id(), null, null, null, null, InstanceState.TERMINATED,
                null, null);
        assertThat(SignedIn.as(auditor, () -> processHistory.search(terminated, 0, 10, InstanceOrder.END_TIME,
                false))).extracting(InstanceSummary::id).containsExactly(cancelled);
    }

    @Test
    void theDiagramShowsThePathTakenWithCountsTimesIncidentsAndTheCalledInstance() throws Exception {
        // Arrange: an idea accepted and handed over through the called process; one stuck at triage on an incident
        String accepted = startIdea(206L, "packaging", Instant.now().plus(Duration.ofDays(1)), null);
        complete(triager, taskOf(accepted, RealizationProcess.TRIAGE_IDEA), Map.of(AuditTestModels.ACCEPTED, true));
        String stuck = startIdea(207L, "product", Instant.now().plus(Duration.ofDays(1)), null);
        runtimeService.createIncident(Incident.FAILED_JOB_HANDLER_TYPE,
                taskOf(stuck, RealizationProcess.TRIAGE_IDEA).getExecutionId(), null, "The triage could not be routed");
        String handOver = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(accepted)
                .singleResult().getId();

        // Act
        InstanceDiagram path = SignedIn.as(auditor, () -> processHistory.diagram(accepted));
        InstanceDiagram waiting = SignedIn.as(auditor, () -> processHistory.diagram(stuck));

        // Assert: the accepted branch taken, not the rejection; what ran, how often and how long
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(path.definitionId());
        String toHandOver = flowBetween(model, "triageVerdict", AuditTestModels.CALL_HAND_OVER);
        String toExplanation = flowBetween(model, "triageVerdict", RealizationProcess.EXPLAIN_REJECTION);
        String fromTriage = flowBetween(model, RealizationProcess.TRIAGE_IDEA, "triageVerdict");
        assertThat(path.bpmnXml()).contains("id=\"" + AuditTestModels.CALL_HAND_OVER + "\"");
        assertThat(path.takenFlowIds()).contains(fromTriage, toHandOver).doesNotContain(toExplanation);
        assertThat(pathOf(path, RealizationProcess.TRIAGE_IDEA)).satisfies(triage -> {
            assertThat(triage.finished()).isOne();
            assertThat(triage.active()).isZero();
            assertThat(triage.totalMillis()).isNotNull();
        });
        assertThat(pathOf(path, AuditTestModels.CALL_HAND_OVER).calledInstanceIds()).containsExactly(handOver);
        assertThat(path.activities()).extracting(InstanceDiagram.ActivityPath::activityId)
                .doesNotContain(RealizationProcess.EXPLAIN_REJECTION);
        // the stuck one: triage running with its open incident, nothing taken past it
        assertThat(pathOf(waiting, RealizationProcess.TRIAGE_IDEA)).satisfies(triage -> {
            assertThat(triage.active()).isOne();
            assertThat(triage.openIncidents()).isOne();
            assertThat(triage.totalMillis()).isNull();
        });
        assertThat(waiting.takenFlowIds()).doesNotContain(fromTriage, toHandOver);
    }

    @Test
    void showingTheSearchResultsIsRecordedWithTheCriteriaAndTheRowsShown() throws Exception {
        // Arrange: an instance in which the triager held a task
        String triaged = startIdea(205L, "product", Instant.now().plus(Duration.ofDays(1)), null);
        complete(triager, taskOf(triaged, RealizationProcess.TRIAGE_IDEA), Map.of(AuditTestModels.ACCEPTED, false));
        HistorySearch byTriager = new HistorySearch(campaign.id(), null, triager.id(), null, null, null, null, null);

        // Act
        List<InstanceSummary> shown = SignedIn.as(auditor,
                () -> processHistory.search(byTriager, 0, 10, InstanceOrder.START_TIME, false));

        // Assert: who looked, with which criteria, and which rows they were shown
        AuditEntryView newest = SignedIn.as(auditor, () -> auditVerification.entries(0, 1)).get(0);
        assertThat(newest.action()).isEqualTo(AuditAction.PERSONAL_DATA_READ);
        assertThat(newest.actor()).isEqualTo(auditor.id());
        assertThat(newest.subjectType()).isEqualTo(AuditSubject.HISTORY_SEARCH);
        assertThat(newest.campaignId()).isEqualTo(campaign.id());
        assertThat(newest.details()).contains("\"partner\":\"" + triager.id() + "\"",
                "\"campaignId\":\"" + campaign.id() + "\"", "\"rows\":\"" + shown.size() + "\"",
                "\"view\":\"search\"", triaged);
        assertThat(newest.details()).doesNotContain("businessKey", "ideaId", "startedFrom");
    }

    @Test
    void theMeasuresCountDeadlinesExplanationsAcceptanceAndReturningPartners() throws Exception {
        // Arrange: triage met (rejected, explanation late), triage late (accepted), triage still open past due
        Instant future = Instant.now().plus(Duration.ofDays(1));
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String rejected = startIdea(301L, "product", future, past);
        complete(triager, taskOf(rejected, RealizationProcess.TRIAGE_IDEA), Map.of(AuditTestModels.ACCEPTED, false));
        complete(expert, taskOf(rejected, RealizationProcess.EXPLAIN_REJECTION), Map.of());
        Task acknowledgement = taskOf(rejected, RealizationProcess.ACKNOWLEDGE_EXPLANATION);
        as(partnerUser, () -> taskService.complete(acknowledgement.getId()));
        String late = startIdea(302L, "packaging", past, null);
        complete(triager, taskOf(late, RealizationProcess.TRIAGE_IDEA), Map.of(AuditTestModels.ACCEPTED, true));
        String overdue = startIdea(303L, "product", past, null);
        // three ideas of one partner, one accepted; two partners in the cohort, one in an earlier cohort too
        storeIdeasAndCohorts();

        // Act
        ProgramMeasures measures = SignedIn.as(auditor, () -> measuresService.measures(campaign.id()));

        // Assert
        assertThat(measures.triage().tasks()).isEqualTo(3);
        assertThat(measures.triage().met()).isEqualTo(1);
        assertThat(measures.triage().missed()).isEqualTo(1);
        assertThat(measures.triage().overdue()).isEqualTo(1);
        assertThat(measures.triage().shareMet()).isEqualTo(1.0 / 3);
        assertThat(measures.triaged()).isEqualTo(2);
        assertThat(measures.averageTriageMillis()).isNotNull();
        assertThat(measures.explanations().missed()).isEqualTo(1);
        assertThat(measures.rejections()).isEqualTo(1);
        assertThat(measures.explainedOneToOne()).isEqualTo(1);
        assertThat(measures.shareExplainedOneToOne()).isEqualTo(1.0);
        assertThat(measures.ideasSubmitted()).isEqualTo(3);
        assertThat(measures.ideasAccepted()).isEqualTo(1);
        assertThat(measures.acceptanceRate()).isEqualTo(1.0 / 3);
        assertThat(measures.ideasPerPartner()).isEqualTo(3.0);
        assertThat(measures.cohortPartners()).isEqualTo(2);
        assertThat(measures.returningPartners()).isEqualTo(1);
        assertThat(measures.reParticipationRate()).isEqualTo(0.5);
        // the late ones by name: the overdue triage (still open), then the late explanation and triage
        assertThat(SignedIn.as(auditor, () -> measuresService.lateDecisions(campaign.id())))
                .extracting(LateDecision::processInstanceId, LateDecision::taskKey, LateDecision::isOpen)
                .containsExactlyInAnyOrder(tuple(overdue, RealizationProcess.TRIAGE_IDEA, true),
                        tuple(late, RealizationProcess.TRIAGE_IDEA, false),
                        tuple(rejected, RealizationProcess.EXPLAIN_REJECTION, false));
        // the campaign is among all campaigns' measures, with the same figures
        assertThat(SignedIn.as(auditor, () -> measuresService.byCampaign()))
                .filteredOn(row -> row.campaignId().equals(campaign.id())).singleElement()
                .satisfies(row -> assertThat(row.measures().acceptanceRate()).isEqualTo(1.0 / 3));
    }

    @Test
    void anInstancesTrailExportsAsCsvAndPdfAndTheExportIsRecorded() throws Exception {
        // Arrange
        String instance = startIdea(401L, "product", Instant.now().plus(Duration.ofDays(1)), null);
        Task triage = taskOf(instance, RealizationProcess.TRIAGE_IDEA);
        as(triager, () -> taskService.claim(triage.getId(), triager.id()));

        // Act: the timeline read for export, written as the UI writes it
        Timeline timeline = SignedIn.as(auditor, () -> processHistory.timelineForExport(instance, ExportFormat.CSV));
        ExportTable table = new ExportTable("Audit trail " + instance, List.of("by " + auditor.id()),
                List.of("time", "kind", "name", "actor", "detail"),
                timeline.entries().stream().map(entry -> List.of(String.valueOf(entry.at()), entry.kind().name(),
                        entry.name(), entry.actor() == null ? "" : entry.actor(), entry.detail())).toList());
        byte[] csv = exporter.write(table, ExportFormat.CSV);
        byte[] pdf = exporter.write(table, ExportFormat.PDF);

        // Assert: the CSV parses back to the timeline's rows; the PDF's text has the trail
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(timeline.entries().size() + 1);
        assertThat(records.subList(1, records.size())).anySatisfy(record -> {
            assertThat(record.get(1)).isEqualTo("OPERATION");
            assertThat(record.get(2)).isEqualTo("Claim Task");
            assertThat(record.get(3)).isEqualTo(triager.id());
        });
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Audit trail " + instance, "Claim Task", triager.id(), "Classify idea");
        AuditEntryView newest = SignedIn.as(auditor, () -> auditVerification.entries(0, 1)).get(0);
        assertThat(newest.subjectId()).isEqualTo(instance);
        assertThat(newest.details()).contains("\"view\":\"export\"", "\"format\":\"CSV\"");
    }

    @Test
    void retentionShowsEachDefinitionsTimeToLiveAndTheScheduledCleanup() throws Exception {
        RetentionOverview overview = SignedIn.as(auditor, () -> retention.overview());

        assertThat(overview.definitions()).anySatisfy(definition -> {
            assertThat(definition.kind()).isEqualTo(DefinitionRetention.Kind.PROCESS);
            assertThat(definition.key()).isEqualTo(AuditTestModels.PROCESS_KEY);
            assertThat(definition.timeToLiveDays()).isEqualTo(30);
        });
        assertThat(overview.definitions()).anySatisfy(definition -> {
            assertThat(definition.kind()).isEqualTo(DefinitionRetention.Kind.DECISION);
            assertThat(definition.key()).isEqualTo(AuditTestModels.DECISION_KEY);
        });
        assertThat(overview.definitions()).filteredOn(definition -> definition.key().equals("recruiting"))
                .allSatisfy(definition -> assertThat(definition.timeToLiveDays()).isEqualTo(1825));
        assertThat(overview.windowStart()).isEqualTo("01:00");
        assertThat(overview.windowEnd()).isEqualTo("05:00");
        assertThat(overview.nextCleanup()).isNotNull();
    }

    @Test
    void auditorsChangeNothingInTheHistoryAndOthersCannotReadIt() throws Exception {
        String instance = startIdea(501L, "product", Instant.now().plus(Duration.ofDays(1)), null);
        Task triage = taskOf(instance, RealizationProcess.TRIAGE_IDEA);
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(AuditTestModels.PROCESS_KEY).latestVersion().singleResult().getId();

        // the engine refuses an auditor every change to history, retention and the instance
        identityService.setAuthentication(auditor.id(), List.of(Groups.AUDITOR));
        try {
            assertThatThrownBy(() -> historyService.deleteHistoricProcessInstance(instance))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> repositoryService.updateProcessDefinitionHistoryTimeToLive(definitionId, 1))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> historyService.cleanUpHistoryAsync(true))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtimeService.deleteProcessInstance(instance, "auditor"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.claim(triage.getId(), auditor.id()))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
        assertThat(repositoryService.getProcessDefinition(definitionId).getHistoryTimeToLive()).isEqualTo(30);
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isNull();

        // staff and partners get none of the history views
        assertThatThrownBy(() -> SignedIn.as(triager, () -> processHistory.timeline(instance)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(partnerUser, () -> processHistory.count(HistorySearch.everything())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> measuresService.measures(null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(partnerUser, () -> retention.overview()))
                .isInstanceOf(EJBAccessException.class);
    }

    private static InstanceDiagram.ActivityPath pathOf(InstanceDiagram diagram, String activityId) {
        return diagram.activities().stream().filter(activity -> activity.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new AssertionError(activityId + " is not on the path"));
    }

    private static String flowBetween(BpmnModelInstance model, String sourceId, String targetId) {
        return model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource().getId().equals(sourceId) && flow.getTarget().getId().equals(targetId))
                .findFirst().orElseThrow().getId();
    }

    private String startIdea(long ideaId, String category, Instant triageDue, Instant explainDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RealizationProcess.CAMPAIGN_ID, campaign.id());
        variables.put(RealizationProcess.IDEA_ID, ideaIdOf(ideaId));
        variables.put(AuditTestModels.CATEGORY, category);
        variables.put(AuditTestModels.TRIAGE_DUE, Date.from(triageDue));
        variables.put(AuditTestModels.EXPLAIN_DUE, explainDue == null ? null : Date.from(explainDue));
        variables.put(AuditTestModels.PARTNER_USER, partnerUser.id());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(AuditTestModels.PROCESS_KEY,
                campaign.businessKey(), variables);
        return instance.getId();
    }

    /** Idea ids of this test's instances stay apart from other tests' by the campaign id. */
    private long ideaIdOf(long number) {
        return campaign.id() * 1000 + number;
    }

    private Task taskOf(String instanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult();
    }

    private void complete(TestUser user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            taskService.claim(task.getId(), user.id());
            taskService.complete(task.getId(), variables);
        });
    }

    private void as(TestUser user, Runnable engineWork) {
        identityService.setAuthentication(user.id(), List.of(user.group()));
        try {
            engineWork.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void storeIdeasAndCohorts() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        transaction.begin();
        Partner author = partner("author", earlierCampaign.id(), now);
        Partner newcomer = partner("newcomer", campaign.id(), now);
        em.persist(new TermsAcceptance(earlierCampaign.id(), author, now));
        em.persist(new TermsAcceptance(campaign.id(), author, now));
        em.persist(new TermsAcceptance(campaign.id(), newcomer, now));
        idea(author, now, IdeaStatus.IN_TRIAGE, IdeaStatus.IN_EVALUATION, IdeaStatus.REJECTED);
        idea(author, now, IdeaStatus.IN_TRIAGE, IdeaStatus.ACCEPTED);
        idea(author, now);
        em.persist(new Idea(campaign.id(), newcomer, null, content("a draft nobody has seen"), now));
        transaction.commit();
    }

    private Partner partner(String name, Long firstCampaignId, Instant now) {
        Candidate candidate = new Candidate(profile(name));
        em.persist(candidate);
        Partner partner = new Partner(candidate, firstCampaignId, now);
        partner.linkUser("it-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
        em.persist(partner);
        return partner;
    }

    private void idea(Partner author, Instant now, IdeaStatus... path) {
        Idea idea = new Idea(campaign.id(), author, null, content("an idea"), now);
        idea.submit(now);
        for (IdeaStatus next : path) {
            idea.moveTo(next);
        }
        em.persist(idea);
    }

    private static IdeaContent content(String title) {
        return new IdeaContent(title, "summary of " + title, "description of " + title);
    }

    private static ActivityStatistics activity(DefinitionHeat heat, String activityId) {
        return heat.activities().stream().filter(activity -> activity.activityId().equals(activityId)).findFirst()
                .orElseThrow();
    }

    private static TaskRecord task(Timeline timeline, String taskKey) {
        return timeline.tasks().stream().filter(task -> task.taskKey().equals(taskKey)).findFirst().orElseThrow();
    }

    private static List<TimelineEntry> entries(Timeline timeline, TimelineKind kind) {
        return timeline.entries().stream().filter(entry -> entry.kind() == kind).toList();
    }

    private static NewCampaign newCampaign(String title) {
        return new NewCampaign(title + " " + UUID.randomUUID(), "Integration test", true, 2,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    }
}
