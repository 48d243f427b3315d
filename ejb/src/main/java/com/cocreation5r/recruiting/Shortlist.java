package com.cocreation5r.recruiting;

import java.util.List;

/** What the selection committee decides on: the recommended candidates and how varied they are. */
public record Shortlist(String campaignTitle, int cohortSize, List<Entry> entries, DiversitySummary diversity) {

    /** A recommended candidate with their interview scores. */
    public record Entry(Long applicationId, CandidateProfile candidate, String statement, int screeningTotal,
            int extraversion, int communityReach, int usageFrequency, int interviewTotal, String interviewNotes) {
    }
}
