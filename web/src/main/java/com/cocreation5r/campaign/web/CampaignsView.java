package com.cocreation5r.campaign.web;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The campaigns page: every campaign with its pilot flag, cohort size, deadline and status. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaignService;

    private List<CampaignSummary> campaigns = List.of();
    private boolean accessDenied;

    @PostConstruct
    void init() {
        try {
            campaigns = campaignService.campaigns();
        } catch (EJBAccessException denied) {
            // partners and other outside roles see no campaign list; the page says so
            accessDenied = true;
        }
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public boolean isAccessDenied() {
        return accessDenied;
    }
}
