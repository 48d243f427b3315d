package com.cocreation5r.realization;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.evaluation.ConflictDeclaration;
import com.cocreation5r.evaluation.EvaluationForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Realization forms name the field each broken rule belongs to, so the form shows the message
 * next to it: the conditional rules (a department unless a duplicate, a reason for a decline, a
 * statement for a conflict) included.
 */
class RealizationFormsValidationTest {

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
    void anIdeaRoutedOnNeedsADepartmentAndADuplicateItsOriginal() {
        assertThat(fields(validator.validate(new TriageForm(TriageDecision.EVALUATE, BusinessConcept.PRODUCT, null,
                null, null)))).containsExactly("department");
        assertThat(fields(validator.validate(new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.PRODUCT, null,
                null, null)))).containsExactly("duplicateOfIdeaId");
        assertThat(fields(validator.validate(new TriageForm(null, null, null, null, "x".repeat(2001)))))
                .containsExactlyInAnyOrder("decision", "businessConcept", "notes");
        assertThat(validator.validate(new TriageForm(TriageDecision.DUPLICATE, BusinessConcept.PACKAGING, null, 4L,
                null))).isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndTakingItOnDoesNot() {
        assertThat(fields(validator.validate(new HandOverForm(ExecutionDepartment.DESIGN, false, "  "))))
                .containsExactly("reason");
        assertThat(validator.validate(new HandOverForm(ExecutionDepartment.DESIGN, true, null))).isEmpty();
        assertThat(fields(validator.validate(new HandOverForm(null, null, null))))
                .containsExactlyInAnyOrder("department", "taken");
    }

    @Test
    void aConflictIsDescribedAndScoresGoFromOneToFive() {
        assertThat(fields(validator.validate(new ConflictDeclaration(true, null)))).containsExactly("statement");
        assertThat(validator.validate(new ConflictDeclaration(false, null))).isEmpty();
        Set<ConstraintViolation<EvaluationForm>> scores =
                validator.validate(new EvaluationForm(Map.of("Creativity", 6, "Usefulness", 0), null));
        assertThat(scores).hasSize(2).extracting(ConstraintViolation::getMessageTemplate).containsOnly("{score.range}");
        assertThat(fields(validator.validate(new EvaluationForm(Map.of(), null)))).containsExactly("scores");
    }

    @Test
    void anExplanationHasAMeetingAReasonAndWordsForThePartner() {
        assertThat(fields(validator.validate(new ExplanationForm(null, List.of(), " ", null))))
                .containsExactlyInAnyOrder("meetingDate", "reasonIds", "notesToPartner");
        assertThat(validator.validate(new ExplanationForm(LocalDate.of(2026, 11, 20), List.of(1L), "We met.", null)))
                .isEmpty();
    }

    private static <T> Set<String> fields(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(violation -> {
            String path = violation.getPropertyPath().toString();
            return path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        }).collect(Collectors.toSet());
    }
}
