package com.cocreation5r.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The program manager's revision of one risk: how likely it now is, the response and its owner. */
public record RiskUpdate(
        @NotNull(message = "{risk.likelihood.required}") Likelihood likelihood,
        @NotBlank(message = "{risk.response.required}") @Size(max = 2000, message = "{comment.tooLong}")
        String plannedResponse,
        @NotBlank(message = "{risk.owner.required}") @Size(max = 64, message = "{risk.owner.tooLong}") String owner) {
}
