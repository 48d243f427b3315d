package com.cocreation5r.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.partner.Partner;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An idea keeps every revision of its content and moves only along the program's paths. */
class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFirstContentIsRevisionOneAndEveryRevisionIsKept() {
        Idea idea = idea();
        idea.revise(new IdeaContent("Citrus scent", "Fresh", "Lemon and vetiver"), "joonlee2", NOW.plusSeconds(60),
                "Took up Joon's comment");

        assertThat(idea.getTitle()).isEqualTo("Citrus scent");
        assertThat(idea.getRevisions()).extracting(IdeaRevision::getNumber).containsExactly(1, 2);
        assertThat(idea.getRevisions().get(0).getContent().title()).isEqualTo("Sea scent");
        assertThat(idea.getRevisions().get(1).getRevisedBy()).isEqualTo("joonlee2");
    }

    @Test
    void aSubmittedIdeaCanNoLongerBeRevised() {
        Idea idea = idea();
        idea.submit(NOW);

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThatThrownBy(() -> idea.revise(new IdeaContent("t", "s", "d"), "minjikim1", NOW, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachRealizationCountsAsARoundAndReopeningStartsTheNext() {
        Idea idea = idea();
        idea.submit(NOW);
        idea.moveTo(IdeaStatus.IN_TRIAGE);
        idea.moveTo(IdeaStatus.IN_EVALUATION);
        idea.moveTo(IdeaStatus.REJECTED);
        idea.moveTo(IdeaStatus.ARCHIVED);
        assertThat(idea.getRealizationRound()).isEqualTo(1);

        idea.moveTo(IdeaStatus.IN_TRIAGE);

        assertThat(idea.getRealizationRound()).isEqualTo(2);
    }

    @Test
    void stepsCannotBeSkipped() {
        Idea idea = idea();

        assertThatThrownBy(() -> idea.moveTo(IdeaStatus.IN_EVALUATION)).isInstanceOf(IllegalStateException.class);
        assertThat(IdeaStatus.IN_EVALUATION.canMoveTo(IdeaStatus.ARCHIVED)).isFalse();
        assertThat(IdeaStatus.IMPLEMENTED.canMoveTo(IdeaStatus.IN_TRIAGE)).isFalse();
        assertThat(IdeaStatus.ACCEPTED.canMoveTo(IdeaStatus.IN_TRIAGE)).as("declined hand-over").isTrue();
    }

    private static Idea idea() {
        Partner partner = new Partner(new Candidate(new CandidateProfile("Minji Kim", "minji@example.com",
                AgeBand.FROM_20_TO_29, Gender.FEMALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, null, null, 10,
                CandidateSource.COMMUNITY, "headbox")), 1L, NOW);
        partner.linkUser("minjikim1");
        return new Idea(1L, partner, "Scent", new IdeaContent("Sea scent", "Fresh and salty", "Sea salt and cedar"), NOW);
    }
}
