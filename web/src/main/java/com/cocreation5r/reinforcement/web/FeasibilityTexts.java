package com.cocreation5r.reinforcement.web;

import com.cocreation5r.reinforcement.FeasibilityWarning;
import com.cocreation5r.web.Feedback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The text of a feasibility warning in the user's language. Rules a process owner added to the
 * decision table after this release have no translation yet: their own explanation is shown.
 */
@Named
@ApplicationScoped
public class FeasibilityTexts {

    @Inject
    private Feedback feedback;

    public String text(FeasibilityWarning warning) {
        String key = "feasibility.warning." + warning.getCode();
        String text = feedback.text(key);
        return key.equals(text) && warning.getExplanation() != null ? warning.getExplanation() : text;
    }
}
