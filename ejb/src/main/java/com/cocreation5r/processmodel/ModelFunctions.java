package com.cocreation5r.processmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a named bean whose public methods models may call in expressions, e.g.
 * {@code ${submittedIdeas.ofCampaign(campaignId)}}: read-only lookups, or a step the product's
 * own models take. Every other bean stays out of reach of an uploaded model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelFunctions {
}
