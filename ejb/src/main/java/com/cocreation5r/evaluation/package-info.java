/**
 * Evaluation of ideas in ④ Realization: each evaluator declares any conflict of interest first
 * (and is replaced if they have one), then scores the idea against the published criteria; the
 * weighted score, with the participant vote, is computed and stored with the digest of the scheme
 * it used. Under blind review evaluators never learn who the partner is.
 */
package com.cocreation5r.evaluation;
