package com.cocreation5r.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A reason from the maintained list internal experts choose from when they explain a rejection.
 * A reason tied to a criterion applies to campaigns whose published scheme has that criterion;
 * one tied to none (not feasible, out of scope) applies everywhere. Retired reasons stay for the
 * explanations that used them.
 */
@Entity
@Table(name = "rejection_reason")
public class RejectionReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_ko", nullable = false, length = 200)
    private String labelKo;

    @Column(length = 100)
    private String criterion;

    @Column(nullable = false)
    private boolean active;

    protected RejectionReason() {
    }

    RejectionReason(NewRejectionReason reason) {
        this.code = reason.code().strip().toUpperCase(Locale.ROOT);
        this.active = true;
        word(reason.labelEn(), reason.labelKo(), reason.criterion());
    }

    /** New wording; explanations that chose the reason show the new words, since the reason itself stays. */
    void change(RejectionReasonChange change) {
        word(change.labelEn(), change.labelKo(), change.criterion());
    }

    private void word(String labelEn, String labelKo, String criterion) {
        this.labelEn = labelEn.strip();
        this.labelKo = labelKo.strip();
        this.criterion = criterion == null || criterion.isBlank() ? null : criterion.strip();
    }

    /** Whether the reason applies to a campaign whose scheme has criteria of these names. */
    public boolean appliesTo(java.util.Collection<String> criterionNames) {
        return criterion == null || criterionNames.stream().anyMatch(name -> name.strip().equalsIgnoreCase(criterion));
    }

    void retire() {
        active = false;
    }

    public String label(Locale locale) {
        return "ko".equals(Objects.requireNonNullElse(locale, Locale.ENGLISH).getLanguage()) ? labelKo : labelEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public String getCriterion() {
        return criterion;
    }

    public boolean isActive() {
        return active;
    }
}
