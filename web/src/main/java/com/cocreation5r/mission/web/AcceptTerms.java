package com.cocreation5r.mission.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.mission.MissionService;
import com.cocreation5r.mission.MissionView;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner reads the mission, the rewards, the evaluation criteria, the IP terms and the NDA, and accepts or declines. */
@Named
@ViewScoped
public class AcceptTerms implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MissionService missions;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private MissionView mission;

    @Override
    public String formKey() {
        return RulesAndResponsibilitiesProcess.ACCEPT_TERMS_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/accept-terms.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            mission = missions.termsOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String accept() {
        return decide(true, "acceptance.accepted");
    }

    public String decline() {
        return decide(false, "acceptance.declined");
    }

    private String decide(boolean accept, String messageKey) {
        return feedback.completeThenInbox(() -> missions.decideTerms(task.id(), accept), messageKey);
    }

    public MissionView getMission() {
        return mission;
    }
}
