package com.cocreation5r.demo;

import com.cocreation5r.campaign.CampaignLauncher;
import com.cocreation5r.campaign.NewCampaign;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerPool;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.recruiting.ApplicationIntake;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;

/**
 * Seeds demo users (one per role, password {@value #PASSWORD}) and demo campaigns, in the embedded
 * default only: the server configuration sets {@code cocreation.demo-data=true} there and
 * {@code false} for PostgreSQL. Runs once; an existing demo user means it already ran.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class DemoData {

    public static final String PASSWORD = "demo";
    static final String ENABLED_PROPERTY = "cocreation.demo-data";
    /**
     * The demo campaign's call is open long enough to take its applications however slow the
     * start-up, then closed at once (see {@link #closeCallNow}), so screening tasks show up right away.
     */
    static final Duration DEMO_WINDOW = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo users: id, first name, last name, group. */
    static final List<String[]> USERS = List.of(
            new String[] {"pia", "Pia", "Park", Groups.PROGRAM_MANAGER},
            new String[] {"rita", "Rita", "Ryu", Groups.RECRUITER},
            new String[] {"ivan", "Ivan", "Im", Groups.INTERVIEWER},
            new String[] {"carla", "Carla", "Choi", Groups.SELECTION_COMMITTEE},
            new String[] {"leo", "Leo", "Lee", Groups.LEGAL},
            new String[] {"cora", "Cora", "Cho", Groups.COMMUNITY_MANAGER},
            new String[] {"tom", "Tom", "Tak", Groups.TRIAGE_MANAGER},
            new String[] {"eva", "Eva", "Eom", Groups.EVALUATOR},
            new String[] {"erin", "Erin", "Eo", Groups.EVALUATOR},
            new String[] {"ed", "Ed", "Eun", Groups.EXECUTIVE},
            new String[] {"xena", "Xena", "Seo", Groups.DOMAIN_EXPERT},
            new String[] {"dora", "Dora", "Do", Groups.EXECUTION},
            new String[] {"owen", "Owen", "Oh", Groups.PROCESS_OWNER},
            // a second process owner: changes to the models need another owner's review (four eyes)
            new String[] {"olga", "Olga", "Ok", Groups.PROCESS_OWNER},
            new String[] {"audrey", "Audrey", "An", Groups.AUDITOR},
            new String[] {"adam", "Adam", "Ahn", Groups.ADMIN},
            new String[] {"paul", "Paul", "Pyo", Groups.PARTNER},
            new String[] {"nari", "Nari", "Nam", Groups.PARTNER});

    @Inject
    private IdentityService identityService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ManagementService managementService;

    @Inject
    private CampaignLauncher campaigns;

    @Inject
    private ApplicationIntake intake;

    @Inject
    private PartnerPool partnerPool;

    @Inject
    private ReinforcementDemo reinforcementDemo;

    @Inject
    private RealizationDemo realizationDemo;

    @Inject
    private RetentionDemo retentionDemo;

    @Inject
    private EarlyStagesDemo earlyStagesDemo;

    @Inject
    private ProcessOwnersDemo processOwnersDemo;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        if (identityService.createUserQuery().userId(USERS.get(0)[0]).count() > 0) {
            LOG.info("Demo data present");
            return;
        }
        USERS.forEach(this::createUser);
        seedCampaigns();
        realizationDemo.seed();
        earlyStagesDemo.seed();
        processOwnersDemo.seed();
        formsAwaitingWork();
        LOG.info(() -> "Demo data seeded: " + USERS.size() + " users with password '" + PASSWORD + "'");
    }

    /** Work waiting in the community managers' inbox: a toolkit to prepare and a check-in with the pool. */
    private void formsAwaitingWork() {
        reinforcementDemo.toolkitToPrepare();
        retentionDemo.checkInDue();
    }

    /** Makes the recruiting timer of the campaign due now: the job executor closes the call after commit. */
    private void closeCallNow(String businessKey) {
        var recruiting = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(RecruitingProcess.PROCESS_KEY).singleResult();
        var windowTimer = managementService.createJobQuery().processInstanceId(recruiting.getId()).timers()
                .singleResult();
        managementService.setJobDuedate(windowTimer.getId(), Date.from(clock.instant()));
    }

    private void createUser(String[] user) {
        User created = identityService.newUser(user[0]);
        created.setFirstName(user[1]);
        created.setLastName(user[2]);
        created.setEmail(user[0] + "@cocreation.example");
        created.setPassword(PASSWORD);
        identityService.saveUser(created);
        identityService.createMembership(user[0], user[3]);
    }

    private void seedCampaigns() {
        var deodorant = campaigns.launch(new NewCampaign("New men's deodorant concept",
                "Young men aged 16 to 24 co-create the concept, scent and launch campaign of a deodorant.",
                true, 3, clock.instant().plus(DEMO_WINDOW)), "pia");
        List.of(
                application("Minji Kim", "minji.kim@example.com", AgeBand.FROM_20_TO_29, Gender.FEMALE,
                        Education.BACHELOR, ApplicantKind.INDIVIDUAL, 12_400, CandidateSource.COMMUNITY, "headbox",
                        "I review grooming products for 12k followers and test every scent I can find."),
                application("Joon Lee", "joon.lee@example.com", AgeBand.UNDER_20, Gender.MALE, Education.SECONDARY,
                        ApplicantKind.INDIVIDUAL, 860, CandidateSource.OPEN_CALL, null,
                        "I am the target customer: 18, sporty, and fed up with scents that smell like my dad."),
                application("Seo-yeon Park", "seoyeon.park@example.com", AgeBand.FROM_20_TO_29, Gender.FEMALE,
                        Education.MASTER, ApplicantKind.INDIVIDUAL, 3_100, CandidateSource.AGENCY, "eYeka",
                        "Packaging designer; my student team won two co-creation contests on personal care."),
                application("Daniel Cho", "daniel.cho@example.com", AgeBand.FROM_30_TO_39, Gender.MALE,
                        Education.DOCTORATE, ApplicantKind.INSTITUTION, 450, CandidateSource.COMMUNITY, "VIA",
                        "Our university lab studies skin microbiome and long-lasting fragrance release."),
                application("Hana Jung", "hana.jung@example.com", AgeBand.FROM_20_TO_29, Gender.DIVERSE,
                        Education.BACHELOR, ApplicantKind.INDIVIDUAL, 25_000, CandidateSource.OPEN_CALL, null,
                        "I run a fitness community of 25k members who talk about sweat all day."),
                application("Tae Kang", "tae.kang@example.com", AgeBand.FROM_40_TO_49, Gender.MALE,
                        Education.OTHER, ApplicantKind.INDIVIDUAL, 120, CandidateSource.OPEN_CALL, null,
                        "Barber for twenty years: I hear what men want to smell like every single day."))
                .forEach(each -> intake.receive(deodorant.getId(), each.profile(), each.statement()));
        returningPartnersApply(deodorant.getId());
        closeCallNow(deodorant.getBusinessKey());
        retentionDemo.seed("pia");

        campaigns.launch(new NewCampaign("Compact city car interior",
                "Drivers, students and research labs reimagine the interior of a compact electric car.",
                false, 5, clock.instant().plus(Duration.ofDays(30))), "pia");
        reinforcementDemo.seed();
    }

    /**
     * The demo partners {@code paul} and {@code nari} are returning members of the partner pool,
     * linked to their demo users, who apply to the demo campaign too: once the committee selects
     * them, they accept the R&R terms in their own tasks when signed in as themselves.
     */
    private void returningPartnersApply(Long campaignId) {
        List.of(
                new String[] {"paul", "Paul Pyo", "Sneaker collector; my scent reviews on the community board get "
                        + "a thousand replies a week."},
                new String[] {"nari", "Nari Nam", "Partner in our last skin-care campaign; I know what the lab can "
                        + "and cannot make."})
                .forEach(partner -> {
                    var application = intake.receive(campaignId, new CandidateProfile(partner[1],
                            partner[0] + "@cocreation.example", AgeBand.FROM_20_TO_29,
                            "paul".equals(partner[0]) ? Gender.MALE : Gender.FEMALE, Education.BACHELOR,
                            ApplicantKind.INDIVIDUAL, null, null, 900, CandidateSource.COMMUNITY, "partner pool"),
                            partner[2]);
                    Partner returning = new Partner(application.getCandidate(), campaignId, clock.instant());
                    returning.linkUser(partner[0]);
                    partnerPool.add(returning);
                });
    }

    private static DemoApplication application(String name, String email, AgeBand age, Gender gender,
            Education education, ApplicantKind kind, int followers, CandidateSource source, String sourceName,
            String statement) {
        return new DemoApplication(new CandidateProfile(name, email, age, gender, education, kind, null, null,
                followers, source, sourceName), statement);
    }

    private record DemoApplication(CandidateProfile profile, String statement) {
    }
}
