package com.cocreation5r.mission;

import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;

/** A partner who has not yet answered is reminded shortly before the acceptance deadline. */
@Named(RulesAndResponsibilitiesProcess.REMIND_PARTNER_DELEGATE)
@Dependent
public class RemindPartner extends TermsAcceptanceDelegate {

    static final String REMINDER = "rr.acceptanceReminder";

    @Override
    void change(TermsAcceptance acceptance, Instant now) {
        acceptance.reminded(now);
    }

    @Override
    String messageKey() {
        return REMINDER;
    }
}
