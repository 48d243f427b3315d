package com.cocreation5r.history.web;

import com.cocreation5r.history.HistoryRetention;
import com.cocreation5r.history.RetentionOverview;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** History retention: each definition's time to live, what is removable, and the cleanup's schedule. */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HistoryRetention retention;

    @Inject
    private Feedback feedback;

    private RetentionOverview overview;

    @PostConstruct
    void init() {
        try {
            overview = retention.overview();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public RetentionOverview getOverview() {
        return overview;
    }
}
