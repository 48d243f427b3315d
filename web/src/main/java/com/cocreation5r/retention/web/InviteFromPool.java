package com.cocreation5r.retention.web;

import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.PoolPartnerSummary;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** On a campaign's page while its call is open: program managers invite partners of the pool to apply. */
@Named
@ViewScoped
public class InviteFromPool implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerPoolService pool;

    @Inject
    private Feedback feedback;

    private List<PoolPartnerSummary> invitable;
    private List<Long> chosen = new ArrayList<>();

    public List<PoolPartnerSummary> invitable(Long campaignId) {
        if (invitable == null) {
            try {
                invitable = pool.invitableTo(campaignId);
            } catch (RuntimeException failure) {
                invitable = List.of();
                feedback.failed(failure);
            }
        }
        return invitable;
    }

    /** Invites the chosen partners and reloads the page, which then lists their applications. */
    public String invite(Long campaignId) {
        try {
            int invited = pool.inviteToCampaign(campaignId, new HashSet<>(chosen)).size();
            feedback.infoAfterRedirect("pool.invited", invited);
            return "/campaign.xhtml?faces-redirect=true&id=" + campaignId;
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return null;
        }
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }
}
