package com.cocreation5r.realization.web;

import com.cocreation5r.realization.NewRejectionReason;
import com.cocreation5r.realization.ReasonOption;
import com.cocreation5r.realization.RejectionReasonChange;
import com.cocreation5r.realization.RejectionService;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The maintained list of rejection reasons ({@code rejection-reasons.xhtml}): program managers add
 * a reason, reword it or tie it to another criterion, and retire it. Nothing is ever deleted, so
 * the explanations that chose a retired reason still show it.
 */
@Named
@ViewScoped
public class RejectionReasonsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RejectionService rejections;

    @Inject
    private Feedback feedback;

    private List<ReasonOption> reasons = List.of();
    private boolean accessDenied;

    private String code;
    private String labelEn;
    private String labelKo;
    private String criterion;

    /** The reason being edited, or null while adding one. */
    private Long editedId;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        try {
            reasons = rejections.reasons();
        } catch (EJBAccessException denied) {
            accessDenied = true;
        }
    }

    /** Fills the form with the reason to edit; its code cannot change. */
    public void edit(ReasonOption reason) {
        editedId = reason.id();
        code = reason.code();
        labelEn = reason.labelEn();
        labelKo = reason.labelKo();
        criterion = reason.criterion();
    }

    public void cancel() {
        editedId = null;
        code = null;
        labelEn = null;
        labelKo = null;
        criterion = null;
    }

    /** Adds the reason or saves the edit; a broken rule keeps what the user typed. */
    public void save() {
        try {
            if (editedId == null) {
                ReasonOption added = rejections.addReason(new NewRejectionReason(code, labelEn, labelKo, criterion));
                feedback.info("reasons.added", added.code());
            } else {
                ReasonOption changed = rejections.changeReason(editedId,
                        new RejectionReasonChange(labelEn, labelKo, criterion));
                feedback.info("reasons.changed", changed.code());
            }
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        cancel();
        load();
    }

    public void retire(ReasonOption reason) {
        try {
            rejections.retireReason(reason.id());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return;
        }
        feedback.info("reasons.retiredDone", reason.code());
        if (reason.id().equals(editedId)) {
            cancel();
        }
        load();
    }

    public List<ReasonOption> getReasons() {
        return reasons;
    }

    public boolean isAccessDenied() {
        return accessDenied;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public void setLabelKo(String labelKo) {
        this.labelKo = labelKo;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
