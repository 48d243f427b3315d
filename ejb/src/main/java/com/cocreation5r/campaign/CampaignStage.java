package com.cocreation5r.campaign;

/** The five stages of the 5R process, in the order a campaign runs them. */
public enum CampaignStage {
    RECRUITING,
    RULES_AND_RESPONSIBILITIES,
    REINFORCEMENT,
    REALIZATION,
    RETENTION
}
