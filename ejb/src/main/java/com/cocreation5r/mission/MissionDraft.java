package com.cocreation5r.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the program manager drafts in R&amp;R: the mission (activity period, tasks, ideas sought,
 * sub-missions partners can choose), the terms legal reviews (IP and ownership, NDA), the
 * acceptance deadline, the incentive portfolio and the evaluation scheme.
 */
public record MissionDraft(
        @NotNull(message = "{mission.activityStart.required}") LocalDate activityStart,
        @NotNull(message = "{mission.activityEnd.required}") LocalDate activityEnd,
        @NotBlank(message = "{mission.tasks.required}") @Size(max = 4000, message = "{text.tooLong}") String tasks,
        @NotBlank(message = "{mission.ideasSought.required}") @Size(max = 4000, message = "{text.tooLong}")
        String ideasSought,
        @Size(max = 20, message = "{mission.subMissions.tooMany}")
        List<@NotBlank(message = "{mission.subMission.required}") @Size(max = 200, message = "{text.tooLong}") String> subMissions,
        @NotBlank(message = "{mission.ipTerms.required}") @Size(max = 4000, message = "{text.tooLong}") String ipTerms,
        @NotBlank(message = "{mission.ndaTerms.required}") @Size(max = 4000, message = "{text.tooLong}") String ndaTerms,
        @NotNull(message = "{mission.acceptanceDeadline.required}") Instant acceptanceDeadline,
        @NotNull @Valid IncentivePortfolio incentives,
        @NotNull @Valid EvaluationScheme scheme) implements Serializable {

    public MissionDraft {
        subMissions = subMissions == null ? List.of() : List.copyOf(subMissions);
    }

    /** The activity period ends on or after its first day. */
    @AssertTrue(message = "{mission.activityPeriod.order}")
    public boolean isActivityPeriodInOrder() {
        return activityStart == null || activityEnd == null || !activityEnd.isBefore(activityStart);
    }
}
