package com.cocreation5r.process;

/**
 * The feasibility rules ({@code models/idea-feasibility.dmn}), a COLLECT decision table that
 * process owners edit: every rule an idea breaks gives one warning, shown to the partner before
 * the idea is submitted. The inputs are what the partner states about the idea next to its text.
 */
public final class IdeaFeasibilityDecision {

    /** Decision definition key. */
    public static final String DECISION_KEY = "ideaFeasibility";

    // ---------------------------------------------------------------- inputs

    /** {@code Long}: estimated development cost, in whole units of the campaign's currency. */
    public static final String ESTIMATED_COST = "estimatedCost";
    /** {@code Integer}: months until the product could be on the market. */
    public static final String MONTHS_TO_MARKET = "monthsToMarket";
    /** {@code Boolean}: the idea needs a production line the company does not have. */
    public static final String NEEDS_NEW_PRODUCTION_LINE = "needsNewProductionLine";
    /** {@code Boolean}: the idea promises health, medical or environmental effects. */
    public static final String MAKES_REGULATORY_CLAIMS = "makesRegulatoryClaims";
    /** {@code String}: the ingredients or materials the idea names, in lower case ({@code ""} if none). */
    public static final String INGREDIENTS = "ingredients";
    /** {@code Boolean}: the mission offers sub-missions. */
    public static final String MISSION_HAS_SUB_MISSIONS = "missionHasSubMissions";
    /** {@code Boolean}: the partner chose one of them for the idea. */
    public static final String SUB_MISSION_CHOSEN = "subMissionChosen";

    // ---------------------------------------------------------------- outputs

    /** {@code String}: the warning's code; the UI has a text for each code of the shipped table. */
    public static final String WARNING = "warning";
    /** {@code String}: the rule's own explanation, shown for codes the UI has no text for. */
    public static final String EXPLANATION = "explanation";

    // ---------------------------------------------------------------- the shipped rules' codes

    public static final String COST_ABOVE_BUDGET = "COST_ABOVE_BUDGET";
    public static final String TOO_LONG_TO_MARKET = "TOO_LONG_TO_MARKET";
    public static final String NEW_PRODUCTION_LINE = "NEW_PRODUCTION_LINE";
    public static final String REGULATORY_CLAIM = "REGULATORY_CLAIM";
    public static final String RESTRICTED_INGREDIENT = "RESTRICTED_INGREDIENT";
    public static final String NO_SUB_MISSION = "NO_SUB_MISSION";

    /** Budget of one idea's development the shipped table allows. */
    public static final long COST_LIMIT = 500_000_000L;
    /** Months to market the shipped table allows. */
    public static final int MONTHS_TO_MARKET_LIMIT = 18;

    private IdeaFeasibilityDecision() {
    }
}
