package com.cocreation5r.it.audit;

import static com.cocreation5r.it.TestCandidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditEntryView;
import com.cocreation5r.audit.AuditVerification;
import com.cocreation5r.audit.ChainVerification;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.inbox.InboxService;
import com.cocreation5r.it.CampaignFixtures;
import com.cocreation5r.it.Deployments;
import com.cocreation5r.it.SignedIn;
import com.cocreation5r.it.Staff;
import com.cocreation5r.it.TestUser;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.CandidateProfile;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.recruiting.ScreeningDecision;
import com.cocreation5r.recruiting.ScreeningForm;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on a real WildFly and database: domain actions are recorded with their actor in
 * one intact chain, and a row edited in the database is found at exactly that entry.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(AuditTrailIT.class);
    }

    @Inject
    Staff staff;

    @Inject
    CampaignFixtures campaigns;

    @Inject
    RecruitingService recruitingService;

    @Inject
    InboxService inbox;

    @Inject
    AuditVerification auditVerification;

    @Resource(lookup = "java:jboss/datasources/CoCreationDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    TestUser programManager;
    TestUser recruiter;
    TestUser auditor;

    @BeforeEach
    void createUsers() {
        programManager = staff.of(Groups.PROGRAM_MANAGER);
        recruiter = staff.of(Groups.RECRUITER);
        auditor = staff.of(Groups.AUDITOR);
    }

    @Test
    void domainActionsAreRecordedWithTheirActorInAnIntactChain() throws Exception {
        // Given a campaign with two applications, one screened by the recruiter
        CampaignSummary campaign = campaigns.openWithApplications("Audit IT campaign", 2, 2);
        List<Task> screenings = campaigns.closeCall(campaign, 2);
        String screening = screenings.get(0).getId();
        SignedIn.as(recruiter, () -> {
            inbox.claim(screening);
            recruitingService.screenApplication(screening,
                    new ScreeningForm(2, 3, 1, ScreeningDecision.REJECT, "not this time"));
        });

        // Then the log holds each action, by whoever took it, in order
        List<Row> rows = entriesOf(campaign);
        assertThat(rows).extracting(Row::action).containsExactly(AuditAction.CAMPAIGN_OPENED.name(),
                AuditAction.APPLICATION_RECEIVED.name(), AuditAction.APPLICATION_RECEIVED.name(),
                AuditAction.APPLICATION_SCREENED.name());
        assertThat(rows.subList(0, 3)).extracting(Row::actor).containsOnly(programManager.id());
        assertThat(rows.get(3).actor()).isEqualTo(recruiter.id());
        assertThat(rows.get(0).subjectId()).isEqualTo(String.valueOf(campaign.id()));
        assertThat(rows.get(3).details()).contains("\"decision\":\"REJECT\"").doesNotContain("not this time");

        // And the start-up's own actions are the system's, recorded once however often the EAR deploys
        // (process owners' approved changes, made by other tests, are recorded under their own names)
        assertThat(entriesOfAction(AuditAction.PROCESS_MODELS_DEPLOYED)).filteredOn(row -> "system".equals(row.actor()))
                .singleElement()
                .satisfies(row -> assertThat(row.actor()).isEqualTo("system"))
                .satisfies(row -> assertThat(row.details()).contains(RecruitingProcess.PROCESS_KEY + ":1="));
        assertThat(entriesOfAction(AuditAction.AUTHORIZATIONS_CHANGED)).singleElement()
                .satisfies(row -> assertThat(row.details()).contains("auditor ProcessDefinition * READ,READ_HISTORY"));

        // And the chain verifies
        ChainVerification verification = SignedIn.as(auditor, () -> auditVerification.verify());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBrokenEntryId()).isNull();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(rows.get(3).id());
    }

    @Test
    void anEditedRowIsFoundAtExactlyThatEntry() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("Audit IT campaign", 2, 1);
        Row opened = entriesOf(campaign).get(0);
        assertThat(SignedIn.as(auditor, () -> auditVerification.verify()).intact()).isTrue();

        String forged = opened.details().replace("\"pilot\":\"true\"", "\"pilot\":\"false\"");
        assertThat(forged).isNotEqualTo(opened.details());
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgresql) {
                // the database refuses changes to the log outright
                assertThatThrownBy(() -> setDetails(connection, opened.id(), forged))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> delete(connection, opened.id()))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                // a superuser can switch the trigger off for their session, as a tamperer would
                execute(connection, "SET session_replication_role = replica");
            }
            try {
                assertThat(setDetails(connection, opened.id(), forged)).isEqualTo(1);

                ChainVerification verification = SignedIn.as(auditor, () -> auditVerification.verify());

                assertThat(verification.intact()).isFalse();
                assertThat(verification.firstBrokenEntryId()).isEqualTo(opened.id());
                assertThat(verification.entriesChecked()).isEqualTo(opened.id());
            } finally {
                // put the row back, so other tests find the chain intact
                setDetails(connection, opened.id(), opened.details());
                if (postgresql) {
                    execute(connection, "SET session_replication_role = origin");
                }
            }
        }
        assertThat(SignedIn.as(auditor, () -> auditVerification.verify()).intact()).isTrue();
    }

    @Test
    void concurrentActionsKeepOneLinearChain() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("Audit IT campaign", 2, 0);
        int applicants = 8;
        List<Callable<Long>> submissions = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            CandidateProfile candidate = profile("concurrent" + i);
            submissions.add(SignedIn.later(programManager, () -> recruitingService.submitApplication(campaign.id(),
                    candidate, "Submitted alongside the others")));
        }

        // all at once, each in its own transaction
        List<Future<Long>> submitted = executor.invokeAll(submissions);

        for (Future<Long> application : submitted) {
            assertThat(application.get()).isNotNull();
        }
        List<Row> received = entriesOf(campaign).stream()
                .filter(row -> row.action().equals(AuditAction.APPLICATION_RECEIVED.name())).toList();
        assertThat(received).hasSize(applicants);
        assertThat(SignedIn.as(auditor, () -> auditVerification.verify()).intact()).isTrue();
    }

    @Test
    void anAuditorReadingEntriesAboutPeopleIsRecorded() throws Exception {
        CampaignSummary campaign = campaigns.openWithApplications("Audit IT campaign", 2, 1);
        Row application = entriesOf(campaign).get(1);
        assertThat(application.action()).isEqualTo(AuditAction.APPLICATION_RECEIVED.name());

        List<AuditEntryView> page = SignedIn.as(auditor, () -> auditVerification.entries(0, 10));

        assertThat(page).extracting(AuditEntryView::id).contains(application.id());
        assertThat(page).extracting(AuditEntryView::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        Row read = entriesOfAction(AuditAction.PERSONAL_DATA_READ).stream()
                .filter(row -> row.actor().equals(auditor.id())).reduce((first, second) -> second).orElseThrow();
        assertThat(read.details()).contains("Application:" + application.subjectId());
        assertThat(SignedIn.as(auditor, () -> auditVerification.count())).isGreaterThanOrEqualTo(page.get(0).id());
        // only auditors and administrators look at the log
        assertThatThrownBy(() -> SignedIn.as(recruiter, () -> auditVerification.entries(0, 10)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.as(programManager, () -> auditVerification.verify()))
                .isInstanceOf(EJBAccessException.class);
    }

    private List<Row> entriesOf(CampaignSummary campaign) throws SQLException {
        return rows("select id, actor, action, subject_id, details from audit_entry where campaign_id = ? order by id",
                campaign.id());
    }

    private List<Row> entriesOfAction(AuditAction action) throws SQLException {
        return rows("select id, actor, action, subject_id, details from audit_entry where action = ? order by id",
                action.name());
    }

    private List<Row> rows(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5)));
                }
            }
            return rows;
        }
    }

    private static int setDetails(Connection connection, long id, String details) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update audit_entry set details = ? where id = ?")) {
            update.setString(1, details);
            update.setLong(2, id);
            return update.executeUpdate();
        }
    }

    private static int delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_entry where id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record Row(long id, String actor, String action, String subjectId, String details) {
    }
}
