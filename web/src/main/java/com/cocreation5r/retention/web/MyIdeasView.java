package com.cocreation5r.retention.web;

import com.cocreation5r.retention.MyRetention;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partner's own page: what became of their ideas, their honours and their mentor. */
@Named
@ViewScoped
public class MyIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private Feedback feedback;

    private MyRetention mine;

    public void load() {
        try {
            mine = retention.myRetention();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public MyRetention getMine() {
        return mine;
    }
}
