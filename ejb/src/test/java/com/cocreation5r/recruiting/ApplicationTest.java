package com.cocreation5r.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aShortlistedRecommendedCandidateCanBeSelected() {
        Application application = application();

        application.screen(new ScreeningForm(4, 5, 3, ScreeningDecision.SHORTLIST, null), "rita", NOW);
        application.interviewed(InterviewRecommendation.RECOMMEND);
        application.committeeDecided(true);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(application.getScreening().getScreenedBy()).isEqualTo("rita");
    }

    @Test
    void rejectionsEndTheRunning() {
        Application atScreening = application();
        atScreening.screen(new ScreeningForm(1, 2, 1, ScreeningDecision.REJECT, "too vague"), "rita", NOW);
        Application atInterview = application();
        atInterview.screen(new ScreeningForm(4, 4, 4, ScreeningDecision.SHORTLIST, null), "rita", NOW);
        atInterview.interviewed(InterviewRecommendation.NOT_RECOMMEND);

        assertThat(atScreening.getStatus()).isEqualTo(ApplicationStatus.REJECTED_AT_SCREENING);
        assertThat(atInterview.getStatus()).isEqualTo(ApplicationStatus.REJECTED_AT_INTERVIEW);
    }

    @Test
    void stepsCannotBeSkippedOrRepeated() {
        Application application = application();

        assertThatThrownBy(() -> application.interviewed(InterviewRecommendation.RECOMMEND))
                .isInstanceOf(IllegalStateException.class);
        application.screen(new ScreeningForm(4, 4, 4, ScreeningDecision.SHORTLIST, null), "rita", NOW);
        assertThatThrownBy(() -> application.screen(new ScreeningForm(1, 1, 1, ScreeningDecision.REJECT, null),
                "rita", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> application.committeeDecided(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCampaignTakesApplicationsOnlyWhileItsCallIsOpen() {
        Campaign campaign = new Campaign("key", "Title", null, true, 3, NOW.plusSeconds(60), "pia", NOW);

        assertThat(campaign.acceptsApplicationsAt(NOW)).isFalse();
        campaign.openCall();
        assertThat(campaign.acceptsApplicationsAt(NOW)).isTrue();
        assertThat(campaign.acceptsApplicationsAt(NOW.plusSeconds(60))).isFalse();
        campaign.closeCall();
        assertThat(campaign.acceptsApplicationsAt(NOW)).isFalse();
    }

    private static Application application() {
        Campaign campaign = new Campaign("key", "Title", null, true, 3, NOW.plusSeconds(60), "pia", NOW);
        Candidate candidate = new Candidate(new CandidateProfile("Minji Kim", "Minji@Example.com",
                AgeBand.FROM_20_TO_29, Gender.FEMALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, null, null, 10,
                CandidateSource.COMMUNITY, "headbox"));
        return new Application(campaign, candidate, "Why me", NOW);
    }
}
