package com.cocreation5r.retention.web;

import com.cocreation5r.contact.CampaignContacts;
import com.cocreation5r.contact.StageContactService;
import com.cocreation5r.retention.MyRetention;
import com.cocreation5r.retention.RetentionService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A partner's own page: what became of their ideas, their honours, their mentor, and whom to talk
 * to in the company at each stage of their campaigns.
 */
@Named
@ViewScoped
public class MyIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private StageContactService stageContacts;

    @Inject
    private Feedback feedback;

    private MyRetention mine;
    private List<CampaignContacts> contacts = List.of();

    public void load() {
        try {
            mine = retention.myRetention();
            contacts = stageContacts.myContacts();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public MyRetention getMine() {
        return mine;
    }

    public List<CampaignContacts> getContacts() {
        return contacts;
    }
}
