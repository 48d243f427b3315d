package com.cocreation5r.retention;

/**
 * The inputs of the honours decision for one partner in one campaign.
 *
 * @param ideasSubmitted ideas handed in (every status but draft)
 * @param averageScore average score of the submitted ideas that have one, 0–100, or {@code null}
 * @param ideasAccepted ideas accepted, in execution or implemented
 * @param activity votes cast on others' ideas plus revisions made after an idea's first draft
 */
public record ContributionMeasures(int ideasSubmitted, Double averageScore, int ideasAccepted, int activity) {
}
