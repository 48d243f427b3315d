package com.cocreation5r.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When a survey calls for a follow-up, what a partner keeps of their honours, and the forms' rules. */
class RetentionRulesTest {

    private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aPoorOverallScoreIsLowWhateverTheRest() {
        assertThat(SatisfactionSurvey.isLow(new SurveyAnswers(2, 5, 5, 5, null))).isTrue();
        assertThat(SatisfactionSurvey.isLow(new SurveyAnswers(3, 5, 5, 5, null))).isFalse();
    }

    @Test
    void aPoorMeanIsLowEvenWithAFairOverallScore() {
        // mean 2.75
        assertThat(SatisfactionSurvey.isLow(new SurveyAnswers(3, 3, 3, 2, null))).isTrue();
        // mean exactly 3
        assertThat(SatisfactionSurvey.isLow(new SurveyAnswers(3, 3, 3, 3, null))).isFalse();
    }

    @Test
    void aPartnerKeepsTheirHighestHonour() {
        Partner partner = partner();
        assertThat(partner.getHonour()).isEqualTo(Honour.NONE);

        partner.honour(Honour.MENTOR);
        partner.honour(Honour.HONORARY_CONSUMER);
        partner.honour(Honour.NONE);

        assertThat(partner.getHonour()).isEqualTo(Honour.MENTOR);
    }

    @Test
    void aPartnerLeavesThePoolOnce() {
        Partner partner = partner();
        partner.leavePool(NOW);

        assertThat(partner.isInPool()).isFalse();
        assertThatThrownBy(() -> partner.leavePool(NOW.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void surveyScoresGoFromOneToFive() {
        var violations = validator.validate(new SurveyAnswers(0, 6, null, 3, "x".repeat(2001)));

        assertThat(violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("overall", "recognition", "communication", "comment");
        assertThat(validator.validate(new SurveyAnswers(1, 5, 3, 4, null))).isEmpty();
    }

    @Test
    void aFollowUpAndACheckInSayWhatHappened() {
        assertThat(validator.validate(new FollowUpReport("  "))).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{followUp.actionTaken.required}");
        assertThat(validator.validate(new CheckInReport(-1, false, "")))
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder("{checkIn.partnersReached.required}", "{checkIn.notes.required}");
    }

    private static Partner partner() {
        Candidate candidate = new Candidate(new CandidateProfile("Minji Kim", "minji@example.com",
                AgeBand.FROM_20_TO_29, Gender.FEMALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, null, null, 10,
                CandidateSource.OPEN_CALL, null));
        return new Partner(candidate, 1L, NOW);
    }
}
