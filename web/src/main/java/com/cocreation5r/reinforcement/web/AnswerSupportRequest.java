package com.cocreation5r.reinforcement.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.SupportRequestProcess;
import com.cocreation5r.reinforcement.SupportRequestView;
import com.cocreation5r.reinforcement.SupportService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The community manager (or, once it is overdue, a program manager) answers a partner's support request. */
@Named
@ViewScoped
public class AnswerSupportRequest implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportService support;

    @Inject
    private Feedback feedback;

    private InboxTask task;
    private SupportRequestView request;
    private String answer;

    @Override
    public String formKey() {
        return SupportRequestProcess.ANSWER_SUPPORT_REQUEST_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/answer-support-request.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            request = support.requestOfTask(task.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String complete() {
        return feedback.completeThenInbox(() -> support.answer(task.id(), answer), "support.answered");
    }

    public SupportRequestView getRequest() {
        return request;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
