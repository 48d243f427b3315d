package com.cocreation5r.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The set-password page's service: open to anyone holding a valid invitation link, since the
 * partner cannot sign in yet. The token is the authority; every refusal changes nothing.
 */
@Stateless
@PermitAll
public class PasswordSetup {

    @Inject
    private PartnerInvitations invitations;

    /** Who the link is for, so the page can greet them; refused if the link cannot be used. */
    public InvitationView invitation(String token) {
        PartnerInvitation invitation = invitations.requireUsable(token);
        Partner partner = invitation.getPartner();
        return new InvitationView(partner.getCandidate().getFullName(), partner.getUserId(),
                invitation.getExpiresAt());
    }

    public void setPassword(@NotNull @Valid NewPassword request) {
        invitations.setPassword(request.token(), request.password());
    }
}
