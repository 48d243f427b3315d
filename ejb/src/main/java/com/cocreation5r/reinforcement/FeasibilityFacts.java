package com.cocreation5r.reinforcement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a partner states about an idea besides its text, for the feasibility rules: cost and time
 * they estimate (unknown if empty), whether it needs a new production line or makes regulatory
 * claims, and the ingredients or materials it names.
 */
public record FeasibilityFacts(
        @PositiveOrZero(message = "{feasibility.estimatedCost.positive}") Long estimatedCost,
        @PositiveOrZero(message = "{feasibility.monthsToMarket.positive}")
        @Max(value = 240, message = "{feasibility.monthsToMarket.max}") Integer monthsToMarket,
        boolean needsNewProductionLine,
        boolean makesRegulatoryClaims,
        @Size(max = 1000, message = "{feasibility.ingredients.size}") String ingredients) {

    public static final FeasibilityFacts NONE = new FeasibilityFacts(null, null, false, false, null);
}
