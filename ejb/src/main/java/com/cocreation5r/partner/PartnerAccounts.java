package com.cocreation5r.partner;

import com.cocreation5r.identity.Groups;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Gives every partner an engine user of the group {@code partner}, so they can be assigned their
 * own tasks and nobody else's.
 *
 * <p>The account is created without a password: {@link PartnerInvitations} sends the partner a
 * single-use link to set one.
 */
@Dependent
public class PartnerAccounts {

    /** Longest readable part of a derived user id; the candidate id follows it. */
    static final int NAME_PART_LENGTH = 20;

    @Inject
    private IdentityService identityService;

    /** Links {@code partner} to a new engine user, unless it already has one. */
    public String ensureAccount(Partner partner) {
        if (partner.getUserId() != null) {
            return partner.getUserId();
        }
        String base = baseUserId(partner.getCandidate().getFullName(), partner.getCandidate().getId());
        String userId = base;
        for (int attempt = 2; identityService.createUserQuery().userId(userId).count() > 0; attempt++) {
            userId = base + "x" + attempt;
        }
        User user = identityService.newUser(userId);
        String[] names = partner.getCandidate().getFullName().strip().split("\\s+", 2);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : "");
        user.setEmail(partner.getCandidate().getEmail());
        identityService.saveUser(user);
        identityService.createMembership(userId, Groups.PARTNER);
        partner.linkUser(userId);
        return userId;
    }

    /**
     * Shuts the partner's account when they leave the pool: no longer a partner, and a random
     * password nobody knows, so the sign-in page turns them away. The account itself stays, as the
     * history of their tasks refers to it. The program manager's service decided this; the account
     * change is the system's, so it runs without the caller's engine authentication.
     */
    public void disable(Partner partner) {
        String userId = partner.getUserId();
        if (userId == null) {
            return;
        }
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            if (identityService.createGroupQuery().groupMember(userId).groupId(Groups.PARTNER).count() > 0) {
                identityService.deleteMembership(userId, Groups.PARTNER);
            }
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user != null) {
                user.setPassword(PartnerInvitations.newToken());
                identityService.saveUser(user);
            }
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /**
     * A user id matching the engine's default pattern {@code [a-zA-Z0-9]+}: the ASCII letters and
     * digits of the name (accents dropped, lower case, at most {@value #NAME_PART_LENGTH}), then
     * the candidate id, which makes it unique among partners.
     */
    static String baseUserId(String fullName, long candidateId) {
        String ascii = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (ascii.isEmpty()) {
            ascii = "partner";
        }
        if (ascii.length() > NAME_PART_LENGTH) {
            ascii = ascii.substring(0, NAME_PART_LENGTH);
        }
        return ascii + candidateId;
    }
}
