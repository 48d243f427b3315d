package com.cocreation5r.retention.web;

import com.cocreation5r.identity.Groups;
import com.cocreation5r.retention.OpenPollView;
import com.cocreation5r.retention.PollResult;
import com.cocreation5r.retention.PurchaseIntent;
import com.cocreation5r.retention.PurchaseIntentService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Purchase-intent polls: pool partners answer the open ones ("would you buy it?"); program
 * managers and executives follow what the pool says of every polled idea.
 */
@Named
@ViewScoped
public class PollsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PurchaseIntentService polls;

    @Inject
    private Feedback feedback;

    private List<OpenPollView> toAnswer = List.of();
    private List<PollResult> results = List.of();
    /** The choice of each poll's radio buttons, by poll: an intent's name as the page sent it. */
    private final Map<Long, String> chosen = new HashMap<>();

    public void load() {
        try {
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Groups.PARTNER)) {
                toAnswer = polls.pollsToAnswer();
                toAnswer.forEach(poll -> chosen.put(poll.pollId(), poll.myAnswer() == null ? null : poll.myAnswer().name()));
            } else {
                results = polls.results();
            }
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Saves the partner's answer to one poll; the list is read again, so a closed poll drops out. */
    public void answer(Long pollId) {
        PurchaseIntent intent = intentOf(chosen.get(pollId));
        if (intent == null) {
            feedback.error("polls.answer.required");
            return;
        }
        try {
            polls.answer(pollId, intent);
            feedback.info("polls.answer.saved");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
        load();
    }

    /** The intent a radio button stands for; nothing chosen, or a value no button sends, is none. */
    private static PurchaseIntent intentOf(String name) {
        return Arrays.stream(PurchaseIntent.values()).filter(intent -> intent.name().equals(name)).findFirst()
                .orElse(null);
    }

    public PurchaseIntent[] getIntents() {
        return PurchaseIntent.values();
    }

    public List<OpenPollView> getToAnswer() {
        return toAnswer;
    }

    public List<PollResult> getResults() {
        return results;
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }
}
