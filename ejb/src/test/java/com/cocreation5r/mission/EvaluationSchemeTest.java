package com.cocreation5r.mission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluation scheme's weights add up to 100, and its digest pins every part of it. */
class EvaluationSchemeTest {

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

    static EvaluationScheme sourceExample() {
        return scheme(25, 25, 25, 25);
    }

    static EvaluationScheme scheme(int creativity, int usefulness, int brandImpact, int participantVote) {
        return new EvaluationScheme("evaluator group and the cohort", "Scores 1-5 per criterion, weighted", true,
                List.of(new Criterion("Creativity", creativity), new Criterion("Usefulness", usefulness),
                        new Criterion("Positive brand impact", brandImpact),
                        new Criterion("Participant vote", participantVote)));
    }

    @Test
    void weightsThatAddUpToExactlyHundredPass() {
        assertThat(validator.validate(sourceExample())).isEmpty();
        assertThat(validator.validate(scheme(40, 30, 20, 10))).isEmpty();
    }

    @Test
    void weightsThatDoNotAddUpToHundredAreRefusedOnTheCriteria() {
        for (EvaluationScheme wrong : List.of(scheme(25, 25, 25, 24), scheme(25, 25, 25, 26))) {
            Set<ConstraintViolation<EvaluationScheme>> violations = validator.validate(wrong);

            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.getMessageTemplate()).isEqualTo("{scheme.weights.sum}");
                assertThat(violation.getPropertyPath().toString()).isEqualTo("criteria");
                assertThat(violation.getMessage()).contains("100");
            });
        }
    }

    @Test
    void weightsArePositiveWholeNumbers() {
        EvaluationScheme zeroAndNegative = new EvaluationScheme("evaluators", "method", false,
                List.of(new Criterion("Creativity", 110), new Criterion("Usefulness", 0),
                        new Criterion("Brand", -10), new Criterion("Vote", null)));

        assertThat(validator.validate(zeroAndNegative)).extracting(ConstraintViolation::getMessageTemplate)
                .contains("{criterion.weight.positive}", "{criterion.weight.required}");
    }

    @Test
    void aSchemeNeedsCriteriaEvaluatorsAndAMethod() {
        assertThat(validator.validate(new EvaluationScheme(" ", null, false, List.of())))
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder("{scheme.evaluators.required}", "{scheme.method.required}",
                        "{scheme.criteria.required}");
    }

    @Test
    void theAcceptanceThresholdIsBetweenOneAndHundredPoints() {
        EvaluationScheme example = sourceExample();

        for (Integer outOfRange : List.of(0, 101, -5)) {
            assertThat(validator.validate(new EvaluationScheme(example.evaluators(), example.method(), true,
                    example.criteria(), outOfRange))).extracting(ConstraintViolation::getMessageTemplate)
                    .containsExactly("{scheme.acceptanceThreshold.range}");
        }
        assertThat(validator.validate(new EvaluationScheme(example.evaluators(), example.method(), true,
                example.criteria(), null))).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{scheme.acceptanceThreshold.required}");
        assertThat(validator.validate(new EvaluationScheme(example.evaluators(), example.method(), true,
                example.criteria(), 1))).isEmpty();
        assertThat(validator.validate(new EvaluationScheme(example.evaluators(), example.method(), true,
                example.criteria(), 100))).isEmpty();
    }

    @Test
    void theDigestIsStableForTheSameScheme() {
        String digest = sourceExample().digest();

        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(sourceExample().digest()).isEqualTo(digest);
        // surrounding blanks are not part of what was agreed
        EvaluationScheme padded = new EvaluationScheme(" evaluator group and the cohort ",
                "Scores 1-5 per criterion, weighted\n", true, sourceExample().criteria().stream()
                        .map(c -> new Criterion(" " + c.getName(), c.getWeight())).toList());
        assertThat(padded.digest()).isEqualTo(digest);
    }

    @Test
    void theDigestChangesWhenAnyWeightChanges() {
        String published = sourceExample().digest();

        assertThat(scheme(26, 24, 25, 25).digest()).isNotEqualTo(published);
        assertThat(scheme(25, 25, 24, 26).digest()).isNotEqualTo(published);
        assertThat(scheme(25, 25, 26, 24).digest()).isNotEqualTo(published);
    }

    @Test
    void theDigestChangesWithEveryOtherPartToo() {
        EvaluationScheme example = sourceExample();
        String published = example.digest();

        assertThat(new EvaluationScheme("executives", example.method(), true, example.criteria()).digest())
                .isNotEqualTo(published);
        assertThat(new EvaluationScheme(example.evaluators(), "Ranking", true, example.criteria()).digest())
                .isNotEqualTo(published);
        assertThat(new EvaluationScheme(example.evaluators(), example.method(), false, example.criteria()).digest())
                .isNotEqualTo(published);
        assertThat(new EvaluationScheme(example.evaluators(), example.method(), true, example.criteria(), 70)
                .digest()).as("acceptance threshold").isNotEqualTo(published);
        assertThat(new EvaluationScheme(example.evaluators(), example.method(), true,
                List.of(new Criterion("Usefulness", 25), new Criterion("Creativity", 25),
                        new Criterion("Positive brand impact", 25), new Criterion("Participant vote", 25))).digest())
                .as("order of the criteria").isNotEqualTo(published);
        // a name cannot smuggle in a weight of another criterion
        EvaluationScheme smuggled = new EvaluationScheme(example.evaluators(), example.method(), true,
                List.of(new Criterion("A;50\ncriterion=B", 50)));
        EvaluationScheme plain = new EvaluationScheme(example.evaluators(), example.method(), true,
                List.of(new Criterion("A", 50), new Criterion("B", 50)));
        assertThat(smuggled.digest()).isNotEqualTo(plain.digest());
    }

    @Test
    void theCanonicalFormIsVersionedAndReadable() {
        assertThat(sourceExample().canonicalForm()).startsWith(EvaluationScheme.CANONICAL_HEADER + "\n")
                .contains("criterion=Creativity;25\n", "blindReview=true\n")
                .endsWith("acceptanceThreshold=60\n");
    }

    @Test
    void aSchemePublishedBeforeItHadAThresholdStillChecksAtSixtyPoints() {
        EvaluationScheme example = sourceExample();
        String firstForm = example.canonicalForm()
                .replace(EvaluationScheme.CANONICAL_HEADER, EvaluationScheme.CANONICAL_HEADER_V1)
                .replace("acceptanceThreshold=60\n", "");
        String publishedInFirstForm = EvaluationScheme.digestOf(firstForm);

        assertThat(example.hasDigest(publishedInFirstForm)).isTrue();
        assertThat(example.canonicalFormPublishedAs(publishedInFirstForm)).isEqualTo(firstForm);
        assertThat(example.hasDigest(example.digest())).isTrue();
        assertThat(new EvaluationScheme(example.evaluators(), example.method(), true, example.criteria(), 70)
                .hasDigest(publishedInFirstForm)).as("the first form knew only 60 points").isFalse();
        assertThat(example.hasDigest(null)).isFalse();
    }
}
