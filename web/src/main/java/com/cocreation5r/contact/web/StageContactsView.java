package com.cocreation5r.contact.web;

import com.cocreation5r.contact.StaffMember;
import com.cocreation5r.contact.StageContactAssignment;
import com.cocreation5r.contact.StageContactService;
import com.cocreation5r.contact.StageContactView;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's contact for each stage ({@code contacts.xhtml?campaign=...}): staff read them;
 * program managers name someone from the staff list, row by row.
 */
@Named
@ViewScoped
public class StageContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StageContactService stageContacts;

    @Inject
    private Feedback feedback;

    private Long campaign;
    private final List<Row> rows = new ArrayList<>();
    private List<StaffMember> staff = List.of();
    private boolean available;

    /** The view action: loads the contacts, or says the caller may not see them. */
    public void load() {
        rows.clear();
        available = false;
        if (campaign == null) {
            return;
        }
        try {
            stageContacts.contacts(campaign).forEach(contact -> rows.add(new Row(contact)));
            if (isEditable()) {
                staff = stageContacts.staff();
            }
            available = true;
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Names the chosen member of staff for one stage; the service checks the role and the choice. */
    public void save(Row row) {
        try {
            row.reset(stageContacts.name(campaign, row.getContact().stage(),
                    new StageContactAssignment(row.getUserId(), row.getReach())));
            feedback.info("contacts.saved");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("program-manager");
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAvailable() {
        return available;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    /** One stage's contact with the fields a program manager edits. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private StageContactView contact;
        private String userId;
        private String reach;

        Row(StageContactView contact) {
            reset(contact);
        }

        void reset(StageContactView contact) {
            this.contact = contact;
            this.userId = contact.userId();
            this.reach = contact.reach();
        }

        public StageContactView getContact() {
            return contact;
        }

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public String getReach() {
            return reach;
        }

        public void setReach(String reach) {
            this.reach = reach;
        }
    }
}
