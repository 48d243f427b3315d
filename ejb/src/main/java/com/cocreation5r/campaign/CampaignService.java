package com.cocreation5r.campaign;

import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Opens campaigns and lists them. */
@Stateless
@ActAsCaller
public class CampaignService {

    @Inject
    private CampaignLauncher launcher;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private Caller caller;

    /** Opens a campaign: its call for applications runs until the application deadline. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public CampaignSummary open(@NotNull @Valid NewCampaign request) {
        return CampaignSummary.of(launcher.launch(request, caller.userId()));
    }

    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE,
            Groups.AUDITOR, Groups.ADMIN})
    public Optional<CampaignSummary> campaign(@NotNull Long id) {
        return campaigns.campaign(id).map(CampaignSummary::of);
    }

    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE,
            Groups.AUDITOR, Groups.ADMIN})
    public List<CampaignSummary> campaigns() {
        return campaigns.all().stream().map(CampaignSummary::of).toList();
    }
}
