package com.cocreation5r.mission;

import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;

/** A partner who has not accepted the terms by the deadline is withdrawn from the cohort. */
@Named(RulesAndResponsibilitiesProcess.WITHDRAW_PARTNER_DELEGATE)
@Dependent
public class WithdrawPartner extends TermsAcceptanceDelegate {

    static final String WITHDRAWN = "rr.withdrawn";

    @Override
    void change(TermsAcceptance acceptance, Instant now) {
        acceptance.withdraw(now);
    }

    @Override
    String messageKey() {
        return WITHDRAWN;
    }
}
