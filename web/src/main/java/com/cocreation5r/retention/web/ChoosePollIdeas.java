package com.cocreation5r.retention.web;

import com.cocreation5r.inbox.InboxTask;
import com.cocreation5r.inbox.web.TaskForm;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.retention.PollCandidate;
import com.cocreation5r.retention.PollChoiceView;
import com.cocreation5r.retention.PollPitch;
import com.cocreation5r.retention.PurchaseIntentService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The program manager picks the accepted ideas the partner pool is asked about and words what the
 * pool reads of each; the headline and description start as the idea's title and summary.
 */
@Named
@ViewScoped
public class ChoosePollIdeas implements TaskForm, Serializable {

    private static final long serialVersionUID = 1L;

    /** The pitch a row starts with may not be longer than a pitch may be. */
    private static final int DESCRIPTION_MAX = 1000;

    @Inject
    private PurchaseIntentService polls;

    @Inject
    private Feedback feedback;

    @Inject
    private transient Validator validator;

    private InboxTask task;
    private PollChoiceView choice;
    private List<PollRow> rows = List.of();

    @Override
    public String formKey() {
        return RetentionProcess.CHOOSE_POLL_IDEAS_FORM;
    }

    @Override
    public String page() {
        return "/WEB-INF/forms/choose-poll-ideas.xhtml";
    }

    @Override
    public void load(InboxTask task) {
        this.task = task;
        try {
            choice = polls.pollChoiceOfTask(task.id());
            rows = choice.candidates().stream().map(PollRow::new).toList();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /**
     * Opens the chosen polls. A chosen row's pitch is checked here first, so each message lands
     * next to the row it is about; the service checks the same rules again.
     */
    public String complete() {
        List<PollPitch> pitches = new ArrayList<>();
        boolean valid = true;
        for (int index = 0; index < rows.size(); index++) {
            PollRow row = rows.get(index);
            if (row.isSelected()) {
                PollPitch pitch = row.pitch();
                valid &= reportViolations(index, validator.validate(pitch));
                pitches.add(pitch);
            }
        }
        if (!valid) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return feedback.completeThenInbox(() -> polls.openPolls(task.id(), pitches),
                pitches.isEmpty() ? "polls.noneOpened" : "polls.opened", pitches.size());
    }

    private boolean reportViolations(int rowIndex, Set<ConstraintViolation<PollPitch>> violations) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent table = context.getViewRoot().findComponent("task-form:poll-candidates");
        char separator = UINamingContainer.getSeparatorChar(context);
        for (ConstraintViolation<PollPitch> violation : violations) {
            String input = violation.getPropertyPath().toString();
            String clientId = table == null ? null
                    : table.getClientId(context) + separator + rowIndex + separator + "pitch-" + input;
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    feedback.text(Feedback.stripBraces(violation.getMessageTemplate())), null));
        }
        return violations.isEmpty();
    }

    public PollChoiceView getChoice() {
        return choice;
    }

    public List<PollRow> getRows() {
        return rows;
    }

    /** One accepted idea in the form: whether to poll it, and the pitch the pool will read. */
    public static class PollRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PollCandidate candidate;
        private boolean selected;
        private String headline;
        private String description;

        PollRow(PollCandidate candidate) {
            this.candidate = candidate;
            this.headline = candidate.title();
            String summary = candidate.summary() == null ? "" : candidate.summary();
            this.description = summary.length() > DESCRIPTION_MAX ? summary.substring(0, DESCRIPTION_MAX) : summary;
        }

        PollPitch pitch() {
            return new PollPitch(candidate.ideaId(), headline, description);
        }

        public PollCandidate getCandidate() {
            return candidate;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public String getHeadline() {
            return headline;
        }

        public void setHeadline(String headline) {
            this.headline = headline;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
