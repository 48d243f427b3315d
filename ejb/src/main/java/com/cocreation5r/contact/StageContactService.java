package com.cocreation5r.contact;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.campaign.Campaign;
import com.cocreation5r.campaign.CampaignRepository;
import com.cocreation5r.campaign.CampaignStage;
import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Caller;
import com.cocreation5r.identity.Groups;
import com.cocreation5r.mission.MissionRepository;
import com.cocreation5r.mission.TermsDecision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each stage's named internal communication partner. Staff read a campaign's contacts; program
 * managers name them; a partner sees the contacts of the campaigns they were invited to, and only
 * their names and how to reach them.
 */
@Stateless
@ActAsCaller
public class StageContactService {

    @Inject
    private StageContacts contacts;

    @Inject
    private StaffDirectory staffDirectory;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private MissionRepository missions;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** The campaign's contact for every stage, in stage order. */
    @RolesAllowed({Groups.PROGRAM_MANAGER, Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE,
            Groups.LEGAL, Groups.COMMUNITY_MANAGER, Groups.TRIAGE_MANAGER, Groups.EVALUATOR, Groups.EXECUTIVE,
            Groups.DOMAIN_EXPERT, Groups.EXECUTION, Groups.PROCESS_OWNER, Groups.AUDITOR, Groups.ADMIN})
    public List<StageContactView> contacts(@NotNull Long campaignId) {
        return contactsOf(campaigns.require(campaignId));
    }

    /** The staff a program manager can name. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public List<StaffMember> staff() {
        return staffDirectory.staff();
    }

    /** Names the contact of one stage of a campaign, replacing whoever was named before. */
    @RolesAllowed(Groups.PROGRAM_MANAGER)
    public StageContactView name(@NotNull Long campaignId, @NotNull CampaignStage stage,
            @NotNull @Valid StageContactAssignment assignment) {
        Campaign campaign = campaigns.require(campaignId);
        StaffMember member = staffDirectory.user(assignment.userId().strip())
                .orElseThrow(() -> new StageContactRefused(StageContactRefused.Reason.UNKNOWN_USER));
        if (!staffDirectory.isStaff(member.userId())) {
            throw new StageContactRefused(StageContactRefused.Reason.NOT_STAFF);
        }
        String reach = assignment.reach() == null || assignment.reach().isBlank() ? null : assignment.reach().strip();
        Optional<StageContact> existing = contacts.of(campaign.getId(), stage);
        StageContact contact = existing.orElseGet(() -> new StageContact(campaign.getId(), stage));
        contact.name(member.userId(), member.fullName(), reach, caller.userId(), clock.instant());
        if (existing.isEmpty()) {
            contacts.add(contact);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("stage", stage.name());
        details.put("contact", member.userId());
        Optional.ofNullable(reach).ifPresent(how -> details.put("reach", how));
        auditTrail.record(AuditAction.STAGE_CONTACT_NAMED, AuditSubject.CAMPAIGN, campaign.getId(), campaign.getId(),
                details);
        return view(contact);
    }

    /** The contacts of every campaign the signed-in partner was invited to and has not left. */
    @RolesAllowed(Groups.PARTNER)
    public List<CampaignContacts> myContacts() {
        return missions.acceptancesOf(caller.userId()).stream()
                .filter(acceptance -> acceptance.getDecision() == TermsDecision.PENDING
                        || acceptance.getDecision() == TermsDecision.ACCEPTED)
                .map(acceptance -> campaigns.require(acceptance.getCampaignId()))
                .map(campaign -> new CampaignContacts(campaign.getTitle(), campaign.getStatus(), contactsOf(campaign)))
                .toList();
    }

    private List<StageContactView> contactsOf(Campaign campaign) {
        Map<CampaignStage, StageContact> named = new LinkedHashMap<>();
        contacts.ofCampaign(campaign.getId()).forEach(contact -> named.put(contact.getStage(), contact));
        return Arrays.stream(CampaignStage.values())
                .map(stage -> Optional.ofNullable(named.get(stage)).map(StageContactService::view)
                        .orElseGet(() -> programManagerFor(campaign, stage)))
                .toList();
    }

    /** Until someone is named, the campaign's program manager answers for the stage. */
    private StageContactView programManagerFor(Campaign campaign, CampaignStage stage) {
        String name = staffDirectory.user(campaign.getCreatedBy()).map(StaffMember::fullName)
                .orElse(campaign.getCreatedBy());
        return new StageContactView(stage, campaign.getCreatedBy(), name, null, false, null);
    }

    private static StageContactView view(StageContact contact) {
        return new StageContactView(contact.getStage(), contact.getUserId(), contact.getFullName(), contact.getReach(),
                true, contact.getNamedAt());
    }
}
