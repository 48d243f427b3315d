package com.cocreation5r.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The forms' rules give a message per field, in English and Korean. */
class RecruitingFormsValidationTest {

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
    void outOfRangeAndMissingScoresAreNamed() {
        Set<ConstraintViolation<ScreeningForm>> violations =
                validator.validate(new ScreeningForm(0, 6, null, null, "x".repeat(2001)));

        assertThat(violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("capability", "willingness", "writing", "decision", "comment");
        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate)
                .contains("{score.range}", "{score.required}", "{decision.required}", "{comment.tooLong}");
    }

    @Test
    void aValidInterviewPasses() {
        assertThat(validator.validate(new InterviewForm(1, 5, 3, InterviewRecommendation.RECOMMEND, null))).isEmpty();
    }

    @Test
    void everyMessageKeyHasAKoreanText() {
        var english = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH);
        var korean = java.util.ResourceBundle.getBundle("ValidationMessages", Locale.KOREAN);

        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(korean.getString("score.range")).isNotEqualTo(english.getString("score.range"));
    }
}
