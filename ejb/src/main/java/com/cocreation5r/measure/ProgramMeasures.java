package com.cocreation5r.measure;

import java.io.Serializable;
import java.time.Instant;

/**
 * The program's measures for one campaign, or for all campaigns when {@code campaignId} is
 * {@code null}. Shares are 0 to 1, {@code null} when there is nothing to divide by yet.
 *
 * @param triage triage tasks against their due dates
 * @param explanations rejection explanations against their due dates
 * @param rejections ideas rejected in a Realization (each gets an explanation task)
 * @param explainedOneToOne rejections whose one-to-one explanation the partner acknowledged
 * @param ideasSubmitted ideas handed in (every state but draft)
 * @param ideasAccepted ideas accepted, in execution or implemented
 * @param ideaAuthors partners who handed in at least one idea
 * @param triaged triage tasks completed
 * @param averageTriageMillis average time from an idea reaching triage to its triage, completed ones
 * @param longestTriageMillis the longest of those
 * @param cohortPartners partners invited into a cohort (of the campaign, or of any campaign)
 * @param returningPartners of those, partners in the cohort of more than one campaign
 */
public record ProgramMeasures(Long campaignId, Instant computedAt, DeadlineMeasure triage,
        DeadlineMeasure explanations, long rejections, long explainedOneToOne, long ideasSubmitted,
        long ideasAccepted, long ideaAuthors, long triaged, Long averageTriageMillis, Long longestTriageMillis,
        long cohortPartners, long returningPartners) implements Serializable {

    public Double shareExplainedOneToOne() {
        return share(explainedOneToOne, rejections);
    }

    public Double acceptanceRate() {
        return share(ideasAccepted, ideasSubmitted);
    }

    public Double ideasPerPartner() {
        return ideaAuthors == 0 ? null : (double) ideasSubmitted / ideaAuthors;
    }

    public Double reParticipationRate() {
        return share(returningPartners, cohortPartners);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
