package com.cocreation5r.history.web;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.history.HistorySearch;
import com.cocreation5r.history.InstanceState;
import com.cocreation5r.history.ProcessHistory;
import com.cocreation5r.history.ProcessName;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/** The history search: the auditor's criteria, and the matching instances paged by the database. */
@Named
@ViewScoped
public class HistorySearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessHistory history;

    @Inject
    private CampaignService campaignService;

    @Inject
    private Feedback feedback;

    private InstanceModel instances;
    private List<CampaignSummary> campaigns = List.of();
    private List<ProcessName> processes = List.of();

    private Long campaignId;
    private String businessKey;
    private String partnerUserId;
    private Long ideaId;
    private String processKey;
    private InstanceState state;
    private LocalDate startedFrom;
    private LocalDate startedTo;

    @PostConstruct
    void init() {
        instances = new InstanceModel(history);
        try {
            campaigns = campaignService.campaigns();
            processes = history.processes();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Applies the criteria; a date range that ends before it starts is pointed out at its end. */
    public void search() {
        HistorySearch search = new HistorySearch(campaignId, businessKey, partnerUserId, ideaId, processKey, state,
                startedFrom, startedTo);
        if (search.hasDateRangeBackwards()) {
            FacesContext.getCurrentInstance().addMessage("history-form:started-to",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.text("history.dates.backwards"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        instances.search(search);
        firstPage();
    }

    /** A new search shows its first page, wherever the table was. */
    private void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("history-form:instances") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        campaignId = null;
        businessKey = null;
        partnerUserId = null;
        ideaId = null;
        processKey = null;
        state = null;
        startedFrom = null;
        startedTo = null;
        instances.search(HistorySearch.everything());
        firstPage();
    }

    public InstanceState[] getStates() {
        return InstanceState.values();
    }

    public InstanceModel getInstances() {
        return instances;
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public List<ProcessName> getProcesses() {
        return processes;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public void setBusinessKey(String businessKey) {
        this.businessKey = businessKey;
    }

    public String getPartnerUserId() {
        return partnerUserId;
    }

    public void setPartnerUserId(String partnerUserId) {
        this.partnerUserId = partnerUserId;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(Long ideaId) {
        this.ideaId = ideaId;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public InstanceState getState() {
        return state;
    }

    public void setState(InstanceState state) {
        this.state = state;
    }

    public LocalDate getStartedFrom() {
        return startedFrom;
    }

    public void setStartedFrom(LocalDate startedFrom) {
        this.startedFrom = startedFrom;
    }

    public LocalDate getStartedTo() {
        return startedTo;
    }

    public void setStartedTo(LocalDate startedTo) {
        this.startedTo = startedTo;
    }
}
