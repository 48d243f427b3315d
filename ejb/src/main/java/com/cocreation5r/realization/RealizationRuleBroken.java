package com.cocreation5r.realization;

import jakarta.ejb.ApplicationException;

/** A Realization rule the request breaks; nothing is changed. The UI has a message for each rule. */
@ApplicationException(rollback = true)
public class RealizationRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        /** The campaign's evaluation scheme is not published (or no longer matches its digest). */
        SCHEME_NOT_PUBLISHED,
        /** An idea is a duplicate of another idea of the same campaign, never of itself. */
        DUPLICATE_NOT_IN_CAMPAIGN,
        /** The idea was already evaluated in this Realization; a declined idea is re-routed instead. */
        ALREADY_EVALUATED,
        /** Only an accepted idea that a department declined can be handed over again from triage. */
        NOT_ACCEPTED_YET,
        /** The evaluator must declare whether they have a conflict of interest before scoring. */
        DECLARE_CONFLICT_FIRST,
        /** The evaluator has already declared whether they have a conflict of interest. */
        ALREADY_DECLARED,
        /** The evaluator declared a conflict of interest on this idea and may not score it. */
        CONFLICT_DECLARED,
        /** The scores must cover exactly the criteria the evaluators score. */
        SCORES_DO_NOT_MATCH_CRITERIA,
        /** A chosen rejection reason is retired, unknown or tied to a criterion this campaign does not have. */
        REASON_NOT_APPLICABLE,
        /** The idea is not in triage or evaluation: it can no longer be fast-tracked. */
        NOT_FAST_TRACKABLE,
        /** Only archived ideas can be reopened. */
        NOT_ARCHIVED,
        /** The implementation is complete; nothing more can be recorded. */
        IMPLEMENTATION_COMPLETED,
        /** A rejection reason with this code exists already. */
        REASON_CODE_TAKEN
    }

    private final Rule rule;

    public RealizationRuleBroken(Rule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
