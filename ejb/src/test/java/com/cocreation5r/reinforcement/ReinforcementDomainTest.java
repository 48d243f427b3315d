package com.cocreation5r.reinforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Reinforcement stage's phases, a proposal's submission and showcase, and support requests. */
class ReinforcementDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ToolkitPlan PLAN = new ToolkitPlan("  Start from a real moment.  ",
            NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(14)));

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void theStageGoesFromDraftingThroughRefinementToClosedAndIsReplannedOnlyWhileDrafting() {
        ReinforcementStage stage = new ReinforcementStage(1L, PLAN, "cora", NOW);
        assertThat(stage.getPhase()).isEqualTo(ReinforcementPhase.DRAFTING);
        assertThat(stage.getToolkitGuide()).isEqualTo("Start from a real moment.");

        stage.openRefinement();

        assertThat(stage.getPhase()).isEqualTo(ReinforcementPhase.REFINEMENT);
        assertThatThrownBy(() -> stage.replan(PLAN, "cora", NOW)).isInstanceOfSatisfying(ReinforcementRuleBroken.class,
                e -> assertThat(e.rule()).isEqualTo(ReinforcementRuleBroken.Rule.DRAFTING_CLOSED));
        assertThatThrownBy(() -> stage.requirePhase(ReinforcementPhase.DRAFTING))
                .isInstanceOf(ReinforcementRuleBroken.class);
        stage.close();
        assertThatThrownBy(() -> stage.requirePhase(ReinforcementPhase.REFINEMENT))
                .isInstanceOfSatisfying(ReinforcementRuleBroken.class,
                        e -> assertThat(e.rule()).isEqualTo(ReinforcementRuleBroken.Rule.STAGE_CLOSED));
    }

    @Test
    void aProposalIsSubmittedOnceAndKeepsItsIngredientsInLowerCase() {
        IdeaProposal proposal = new IdeaProposal(7L, 1L, new FeasibilityFacts(10L, 3, true, false, "  Aloe, TRICLOSAN "));
        assertThat(proposal.facts().ingredients()).isEqualTo("aloe, triclosan");
        assertThat(proposal.isSubmitted()).isFalse();

        proposal.submitToCohort(NOW);

        assertThat(proposal.getSubmittedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> proposal.submitToCohort(NOW)).isInstanceOfSatisfying(ReinforcementRuleBroken.class,
                e -> assertThat(e.rule()).isEqualTo(ReinforcementRuleBroken.Rule.ALREADY_SUBMITTED));
        proposal.showcase("cora", " A clear moment of use ", NOW);
        assertThat(proposal.isShowcased()).isTrue();
        assertThat(proposal.getShowcaseReason()).isEqualTo("A clear moment of use");
    }

    @Test
    void warningsCountAsConfirmedOnlyWhenThereWereAny() {
        assertThat(new FeasibilityCheck(7L, 1, List.of(), true, "paul", NOW).isWarningsConfirmed()).isFalse();
        assertThat(new FeasibilityCheck(7L, 1, List.of(new FeasibilityWarning("NO_SUB_MISSION", "Choose")), true,
                "paul", NOW).isWarningsConfirmed()).isTrue();
    }

    @Test
    void anEscalatedRequestCanStillBeAnsweredButOnlyOnce() {
        SupportRequest request = new SupportRequest(1L, null, "paul", " Can I work with a friend? ", NOW);
        request.escalate(NOW.plus(Duration.ofDays(2)));
        assertThat(request.getStatus()).isEqualTo(SupportRequestStatus.ESCALATED);

        request.answer("Yes", "pia", NOW.plus(Duration.ofDays(3)));

        assertThat(request.getStatus()).isEqualTo(SupportRequestStatus.ANSWERED);
        assertThat(request.getQuestion()).isEqualTo("Can I work with a friend?");
        request.escalate(NOW.plus(Duration.ofDays(4)));
        assertThat(request.getStatus()).isEqualTo(SupportRequestStatus.ANSWERED);
        assertThatThrownBy(() -> request.answer("Again", "cora", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void factsOutsideTheirRangeHaveAMessageEach() {
        Set<ConstraintViolation<FeasibilityFacts>> violations = validator.validate(
                new FeasibilityFacts(-1L, 500, false, false, "x".repeat(1001)));

        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
                "{feasibility.estimatedCost.positive}", "{feasibility.monthsToMarket.max}",
                "{feasibility.ingredients.size}");
    }
}
