package com.cocreation5r.recruiting;

import java.time.Instant;

/** One application as a task form shows it to staff. */
public record ApplicationView(
        Long id,
        String campaignTitle,
        CandidateProfile candidate,
        String statement,
        Instant submittedAt,
        ApplicationStatus status,
        ScreeningForm screening,
        InterviewForm interview) {

    static ApplicationView of(Application application, InterviewScore interview) {
        Screening screening = application.getScreening();
        return new ApplicationView(application.getId(), application.getCampaign().getTitle(),
                application.getCandidate().profile(), application.getStatement(), application.getSubmittedAt(),
                application.getStatus(),
                screening == null || screening.getDecision() == null ? null
                        : new ScreeningForm(screening.getCapability(), screening.getWillingness(),
                                screening.getWriting(), screening.getDecision(), screening.getComment()),
                interview == null ? null
                        : new InterviewForm(interview.getExtraversion(), interview.getCommunityReach(),
                                interview.getUsageFrequency(), interview.getRecommendation(), interview.getNotes()));
    }
}
