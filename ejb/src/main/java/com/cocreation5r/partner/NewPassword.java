package com.cocreation5r.partner;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner's new password, entered twice, with the invitation token that allows setting it. The
 * policy: 12 to 128 characters with at least one letter and one digit; length is what makes a
 * password hard to guess, the two classes rule out the words and numbers people reach for first.
 */
public record NewPassword(
        @NotBlank(message = "{password.token.required}") String token,
        @NotNull(message = "{password.required}")
        @Size(min = 12, max = 128, message = "{password.length}")
        @Pattern(regexp = "(?s)(?=.*\\p{L})(?=.*\\p{N}).*", message = "{password.classes}") String password,
        @NotNull(message = "{password.confirmation.required}") String confirmation) {

    @AssertTrue(message = "{password.confirmation.mismatch}")
    public boolean isConfirmation() {
        return password == null || password.equals(confirmation);
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
