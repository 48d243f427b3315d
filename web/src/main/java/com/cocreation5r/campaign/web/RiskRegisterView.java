package com.cocreation5r.campaign.web;

import com.cocreation5r.campaign.Likelihood;
import com.cocreation5r.campaign.RiskRegisterService;
import com.cocreation5r.campaign.RiskUpdate;
import com.cocreation5r.campaign.RiskView;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's risk register ({@code risks.xhtml?campaign=...}): the risks stage by stage, and for
 * program managers their likelihood, planned response and owner, edited row by row.
 */
@Named
@ViewScoped
public class RiskRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RiskRegisterService riskRegister;

    @Inject
    private Feedback feedback;

    private Long campaign;
    private final List<Row> rows = new ArrayList<>();
    private boolean available;

    /** The view action: loads the register, or says the caller may not see it. */
    public void load() {
        rows.clear();
        available = false;
        if (campaign == null) {
            return;
        }
        try {
            riskRegister.register(campaign).forEach(risk -> rows.add(new Row(risk)));
            available = true;
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Saves one edited row; the service checks the role and the values. */
    public void save(Row row) {
        try {
            RiskView saved = riskRegister.revise(row.getId(),
                    new RiskUpdate(row.getLikelihood(), row.getPlannedResponse(), row.getOwner()));
            row.reset(saved);
            feedback.info("risks.saved");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("program-manager");
    }

    public Likelihood[] getLikelihoods() {
        return Likelihood.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAvailable() {
        return available;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    /** One risk with its editable fields. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private RiskView risk;
        private Likelihood likelihood;
        private String plannedResponse;
        private String owner;

        Row(RiskView risk) {
            reset(risk);
        }

        void reset(RiskView risk) {
            this.risk = risk;
            this.likelihood = risk.likelihood();
            this.plannedResponse = risk.plannedResponse();
            this.owner = risk.owner();
        }

        public Long getId() {
            return risk.id();
        }

        public RiskView getRisk() {
            return risk;
        }

        public Likelihood getLikelihood() {
            return likelihood;
        }

        public void setLikelihood(Likelihood likelihood) {
            this.likelihood = likelihood;
        }

        public String getPlannedResponse() {
            return plannedResponse;
        }

        public void setPlannedResponse(String plannedResponse) {
            this.plannedResponse = plannedResponse;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }
    }
}
