package com.cocreation5r.reinforcement.web;

import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.IdeaSummary;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The showcase ({@code showcase.xhtml}): exemplary ideas of the caller's cohorts, for inspiration. */
@Named
@ViewScoped
public class ShowcaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdeaService ideas;

    @Inject
    private Feedback feedback;

    private List<IdeaSummary> showcased = List.of();

    @PostConstruct
    void init() {
        try {
            showcased = ideas.showcase();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public List<IdeaSummary> getShowcased() {
        return showcased;
    }
}
