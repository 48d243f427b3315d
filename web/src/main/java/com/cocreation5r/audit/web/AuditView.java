package com.cocreation5r.audit.web;

import com.cocreation5r.audit.AuditVerification;
import com.cocreation5r.audit.ChainVerification;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit page: the chain is verified as the page opens and again on request. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditVerification audit;

    private ChainVerification verification;
    private AuditEntryModel entries;

    @PostConstruct
    void init() {
        entries = new AuditEntryModel(audit);
        verify();
    }

    public void verify() {
        verification = audit.verify();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public AuditEntryModel getEntries() {
        return entries;
    }
}
