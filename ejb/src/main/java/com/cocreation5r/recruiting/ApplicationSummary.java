package com.cocreation5r.recruiting;

import com.cocreation5r.recruiting.Candidate.CandidateSource;
import java.time.Instant;

/** One line of a campaign's list of applications, as staff see it. */
public record ApplicationSummary(Long id, String candidateName, CandidateSource source, String sourceName,
        Instant submittedAt, ApplicationStatus status) {

    static ApplicationSummary of(Application application) {
        Candidate candidate = application.getCandidate();
        return new ApplicationSummary(application.getId(), candidate.getFullName(), candidate.profile().source(),
                candidate.profile().sourceName(), application.getSubmittedAt(), application.getStatus());
    }
}
