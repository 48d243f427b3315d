package com.cocreation5r.retention;

/** What the survey form shows the partner: the campaign, and what their contribution earned if known. */
public record SurveyTaskView(Long campaignId, String campaignTitle, ContributionView contribution) {
}
