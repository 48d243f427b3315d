package com.cocreation5r.recruiting;

import com.cocreation5r.process.RecruitingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Counts the candidates the interviewers recommended, so the committee is asked only if there are any. */
@Named(RecruitingProcess.SUMMARIZE_SHORTLIST_DELEGATE)
@Dependent
public class SummarizeShortlist implements JavaDelegate {

    @Inject
    private RecruitingRepository recruiting;

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(RecruitingProcess.CAMPAIGN_ID);
        execution.setVariable(RecruitingProcess.SHORTLIST_SIZE,
                recruiting.applications(campaignId, EnumSet.of(ApplicationStatus.RECOMMENDED)).size());
    }
}
