package com.cocreation5r.measure;

import java.io.Serializable;

/** One campaign's measures, with its title, for comparing campaigns. */
public record CampaignMeasures(Long campaignId, String title, ProgramMeasures measures) implements Serializable {
}
