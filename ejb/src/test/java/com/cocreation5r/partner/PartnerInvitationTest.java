package com.cocreation5r.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cocreation5r.notification.Notification;
import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invitation tokens, the life of an invitation, and the password policy. */
class PartnerInvitationTest {

    private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");

    @Test
    void tokensAreRandomUrlSafeAndStoredOnlyAsTheirHash() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(PartnerInvitations.newToken());
        }
        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
        String token = tokens.iterator().next();
        assertThat(PartnerInvitations.hash(token)).matches("[0-9a-f]{64}").isEqualTo(PartnerInvitations.hash(token))
                .isNotEqualTo(PartnerInvitations.hash(token + "x")).doesNotContain(token);
    }

    @Test
    void anInvitationWorksOnceBeforeItExpires() {
        PartnerInvitation invitation = invitation();
        assertThat(invitation.isPendingAt(NOW)).isTrue();

        invitation.use(NOW.plusSeconds(60));

        assertThat(invitation.isPendingAt(NOW.plusSeconds(61))).isFalse();
        assertThat(invitation.getNotification().getLink()).isNull();
        assertThatThrownBy(() -> invitation.use(NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(InvitationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationRefused.Reason.SPENT));
    }

    @Test
    void anExpiredOrReplacedInvitationIsRefused() {
        PartnerInvitation expired = invitation();
        assertThatThrownBy(() -> expired.use(NOW.plus(PartnerInvitations.VALIDITY)))
                .isInstanceOfSatisfying(InvitationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationRefused.Reason.EXPIRED));

        PartnerInvitation replaced = invitation();
        replaced.revoke(NOW.plusSeconds(1));
        assertThat(replaced.getNotification().getLink()).isNull();
        assertThatThrownBy(() -> replaced.use(NOW.plusSeconds(2)))
                .isInstanceOfSatisfying(InvitationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(InvitationRefused.Reason.SPENT));
    }

    @Test
    void thePasswordPolicyAsksForLengthLettersDigitsAndTheSamePasswordTwice() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(new NewPassword("t", "correct horse 42", "correct horse 42"))).isEmpty();
            assertThat(validator.validate(new NewPassword("t", "short1", "short1")))
                    .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{password.length}");
            assertThat(validator.validate(new NewPassword("t", "onlylettershere", "onlylettershere")))
                    .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{password.classes}");
            assertThat(validator.validate(new NewPassword("t", "123456789012", "123456789012")))
                    .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{password.classes}");
            assertThat(validator.validate(new NewPassword("t", "correct horse 42", "correct horse 43")))
                    .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("confirmation",
                            "{password.confirmation.mismatch}"));
            assertThat(validator.validate(new NewPassword(" ", "correct horse 42", "correct horse 42")))
                    .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{password.token.required}");
        }
        assertThat(new NewPassword("t", "secret secret 1", "secret secret 1").toString()).doesNotContain("secret");
    }

    private static PartnerInvitation invitation() {
        Candidate candidate = new Candidate(new CandidateProfile("Minji Kim", "minji@example.com",
                AgeBand.FROM_20_TO_29, Gender.FEMALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, null, null, 10,
                CandidateSource.OPEN_CALL, null));
        Partner partner = new Partner(candidate, 1L, NOW);
        partner.linkUser("minjikim1");
        String token = PartnerInvitations.newToken();
        Notification message = new Notification("minji@example.com", "Minji Kim", 1L, PartnerInvitations.INVITATION,
                PartnerInvitations.SET_PASSWORD_PAGE + token, NOW);
        return new PartnerInvitation(partner, PartnerInvitations.hash(token), message, "system", NOW,
                NOW.plus(PartnerInvitations.VALIDITY));
    }
}
