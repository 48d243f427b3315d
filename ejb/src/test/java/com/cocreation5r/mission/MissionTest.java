package com.cocreation5r.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mission can be redrafted until its scheme is published; after that the scheme is locked. */
class MissionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

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

    static MissionDraft draft(EvaluationScheme scheme) {
        return new MissionDraft(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                "Co-create the scent and the launch campaign", "Scents, names, packaging",
                List.of("Scent", "Packaging"), "Results and patents belong to the company; partners are credited.",
                "Partners keep everything they learn about unreleased products confidential.",
                NOW.plusSeconds(14 * 86_400),
                new IncentivePortfolio(List.of(new Incentive(IncentiveKind.EXTRINSIC, "Prize money", 300),
                        new Incentive(IncentiveKind.INTRINSIC, "Name on the product", 700))),
                scheme);
    }

    @Test
    void aCompleteDraftIsValid() {
        assertThat(validator.validate(draft(EvaluationSchemeTest.sourceExample()))).isEmpty();
    }

    @Test
    void theDraftValidatesItsSchemeAndPeriod() {
        MissionDraft backwards = new MissionDraft(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), "tasks", "ideas",
                List.of(" "), "ip", "nda", NOW, new IncentivePortfolio(List.of()),
                EvaluationSchemeTest.scheme(30, 30, 30, 30));

        assertThat(validator.validate(backwards)).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder("{mission.activityPeriod.order}", "{mission.subMission.required}",
                        "{incentives.required}", "{scheme.weights.sum}");
    }

    @Test
    void aDraftCanBeRedraftedBeforePublication() {
        Mission mission = new Mission(1L, draft(EvaluationSchemeTest.sourceExample()), "pia", NOW);

        mission.redraft(draft(EvaluationSchemeTest.scheme(40, 30, 20, 10)), "pia", NOW.plusSeconds(60));

        assertThat(mission.scheme().criteria()).extracting(Criterion::getWeight).containsExactly(40, 30, 20, 10);
    }

    @Test
    void theSchemeIsImmutableOncePublished() {
        Mission mission = new Mission(1L, draft(EvaluationSchemeTest.sourceExample()), "pia", NOW);
        String digest = mission.publishScheme(NOW);

        assertThat(digest).isEqualTo(EvaluationSchemeTest.sourceExample().digest());
        assertThatThrownBy(() -> mission.redraft(draft(EvaluationSchemeTest.scheme(40, 30, 20, 10)), "pia", NOW))
                .isInstanceOfSatisfying(MissionRuleBroken.class,
                        e -> assertThat(e.rule()).isEqualTo(MissionRuleBroken.Rule.SCHEME_LOCKED));
        assertThatThrownBy(() -> mission.termsReviewed(new TermsReview(false, "change it"), "leo", NOW))
                .isInstanceOf(MissionRuleBroken.class);
        assertThat(mission.scheme().digest()).isEqualTo(digest);
        // a retried publication changes nothing
        assertThat(mission.publishScheme(NOW.plusSeconds(5))).isEqualTo(digest);
        assertThat(mission.getSchemePublishedAt()).isEqualTo(NOW);
    }

    @Test
    void sendingBackNeedsComments() {
        assertThat(validator.validate(new TermsReview(false, " "))).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{terms.comments.required}");
        assertThat(validator.validate(new TermsReview(true, null))).isEmpty();
    }

    @Test
    void legalsVerdictIsRecordedAndARedraftNeedsANewApproval() {
        Mission mission = new Mission(1L, draft(EvaluationSchemeTest.sourceExample()), "pia", NOW);
        mission.termsReviewed(new TermsReview(false, "Name the patent owner"), "leo", NOW);
        assertThat(mission.getLegalComments()).isEqualTo("Name the patent owner");
        assertThat(mission.getTermsApprovedBy()).isNull();

        mission.termsReviewed(new TermsReview(true, null), "leo", NOW);
        assertThat(mission.getTermsApprovedBy()).isEqualTo("leo");

        mission.redraft(draft(EvaluationSchemeTest.sourceExample()), "pia", NOW);
        assertThat(mission.getTermsApprovedBy()).isNull();
    }

    @Test
    void everyValidationMessageHasAKoreanText() {
        ResourceBundle english = ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH);
        ResourceBundle korean = ResourceBundle.getBundle("ValidationMessages", Locale.KOREAN);

        assertThat(korean.getString("scheme.weights.sum")).isNotEqualTo(english.getString("scheme.weights.sum"));
        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }
}
