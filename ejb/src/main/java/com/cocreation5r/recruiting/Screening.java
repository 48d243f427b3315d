package com.cocreation5r.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The recruiter's first-stage judgement of a written application. */
@Embeddable
public class Screening {

    @Column(name = "screening_capability")
    private Integer capability;

    @Column(name = "screening_willingness")
    private Integer willingness;

    @Column(name = "screening_writing")
    private Integer writing;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_decision", length = 16)
    private ScreeningDecision decision;

    @Column(name = "screening_comment", length = 2000)
    private String comment;

    @Column(name = "screened_by", length = 64)
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    protected Screening() {
    }

    Screening(ScreeningForm form, String screenedBy, Instant screenedAt) {
        this.capability = form.capability();
        this.willingness = form.willingness();
        this.writing = form.writing();
        this.decision = form.decision();
        this.comment = form.comment();
        this.screenedBy = screenedBy;
        this.screenedAt = screenedAt;
    }

    public Integer getCapability() {
        return capability;
    }

    public Integer getWillingness() {
        return willingness;
    }

    public Integer getWriting() {
        return writing;
    }

    public ScreeningDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }
}
