package com.cocreation5r.retention;

import com.cocreation5r.partner.Honour;

/**
 * What the program manager sees on a follow-up: who, in which campaign, and their answers, or
 * none when the partner did not answer in time.
 */
public record FollowUpView(Long partnerId, String partnerName, String partnerEmail, Honour honour,
        String campaignTitle, SurveyAnswers answers) {

    public boolean answered() {
        return answers != null;
    }
}
