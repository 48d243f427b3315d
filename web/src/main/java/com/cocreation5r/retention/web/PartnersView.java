package com.cocreation5r.retention.web;

import com.cocreation5r.retention.PartnerPoolService;
import com.cocreation5r.retention.PoolPartnerSummary;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The standing partner pool, for program and community managers. */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerPoolService pool;

    @Inject
    private Feedback feedback;

    private List<PoolPartnerSummary> partners = List.of();

    public void load() {
        try {
            partners = pool.pool();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public List<PoolPartnerSummary> getPartners() {
        return partners;
    }
}
