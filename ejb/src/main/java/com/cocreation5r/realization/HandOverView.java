package com.cocreation5r.realization;

import com.cocreation5r.evaluation.ScoreView;
import java.io.Serializable;
import java.util.List;

/**
 * What the execution department sees when asked to take on an idea: the idea, the department and
 * business concept triage chose, the score or the executive's fast-track, and earlier declines.
 */
public record HandOverView(IdeaDossier idea, ExecutionDepartment routedTo, BusinessConcept businessConcept,
        ScoreView score, String fastTrackReason, List<Decline> earlierDeclines) implements Serializable {

    public HandOverView {
        earlierDeclines = List.copyOf(earlierDeclines);
    }

    public record Decline(ExecutionDepartment department, String reason) implements Serializable {
    }
}
