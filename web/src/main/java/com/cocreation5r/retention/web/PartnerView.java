package com.cocreation5r.retention.web;

import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.PoolPartnerView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One partner of the pool: honours, mentor, contributions, and for program managers the pending
 * set-password link to hand over, sending a new one, and taking the partner out of the pool.
 */
@Named
@ViewScoped
public class PartnerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerPoolService pool;

    @Inject
    private Feedback feedback;

    private Long id;
    private PoolPartnerView partner;

    public void load() {
        try {
            partner = id == null ? null : pool.partner(id);
            if (partner == null) {
                feedback.error("partner.notFound");
            }
        } catch (RuntimeException failure) {
            partner = null;
            if (failure instanceof jakarta.ejb.EJBException && Feedback.causeOfType(failure,
                    jakarta.persistence.EntityNotFoundException.class).isPresent()) {
                feedback.error("partner.notFound");
            } else {
                feedback.failed(failure);
            }
        }
    }

    public void reinvite() {
        try {
            pool.reinvite(id);
            feedback.info("partner.reinvited");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
        load();
    }

    public void offboard() {
        try {
            pool.offboard(id);
            feedback.info("partner.offboarded");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
        load();
    }

    /** The pending invitation's link as the partner will open it: this server's address and the page. */
    public String getInvitationUrl() {
        if (partner == null || partner.invitationLink() == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder().append(context.getRequestScheme()).append("://")
                .append(context.getRequestServerName());
        int port = context.getRequestServerPort();
        if (!(port == 80 && "http".equals(context.getRequestScheme()))
                && !(port == 443 && "https".equals(context.getRequestScheme()))) {
            url.append(':').append(port);
        }
        return url.append(context.getRequestContextPath()).append('/').append(partner.invitationLink()).toString();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PoolPartnerView getPartner() {
        return partner;
    }
}
