package com.cocreation5r.realization;

import java.io.Serializable;

/** A rejection reason as the lists show it, in both languages, with the criterion it is tied to. */
public record ReasonOption(Long id, String code, String labelEn, String labelKo, String criterion, boolean active)
        implements Serializable {

    static ReasonOption of(RejectionReason reason) {
        return new ReasonOption(reason.getId(), reason.getCode(), reason.getLabelEn(), reason.getLabelKo(),
                reason.getCriterion(), reason.isActive());
    }

    public String label(String language) {
        return "ko".equals(language) ? labelKo : labelEn;
    }
}
