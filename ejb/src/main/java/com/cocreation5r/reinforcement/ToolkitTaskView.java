package com.cocreation5r.reinforcement;

import java.util.List;

/** What the community manager prepares the toolkit for: the mission's ask, and the plan so far. */
public record ToolkitTaskView(Long campaignId, String campaignTitle, String ideasSought, List<String> subMissions,
        int cohortSize, ToolkitPlan plan) {
}
