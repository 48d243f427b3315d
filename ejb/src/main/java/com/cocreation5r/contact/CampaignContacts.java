package com.cocreation5r.contact;

import com.cocreation5r.campaign.CampaignStatus;
import java.util.List;

/** A campaign a partner takes part in, with whom to talk to at each stage. */
public record CampaignContacts(String campaignTitle, CampaignStatus status, List<StageContactView> contacts) {
}
