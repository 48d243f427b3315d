package com.cocreation5r.campaign;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What a program manager fills in to open a campaign and its call for applications. */
public record NewCampaign(
        @NotBlank(message = "{campaign.title.required}") @Size(max = 200) String title,
        @Size(max = 4000) String description,
        boolean pilot,
        @Min(value = 1, message = "{campaign.cohortSize.range}") @Max(value = 100, message = "{campaign.cohortSize.range}") int cohortSize,
        @NotNull(message = "{campaign.deadline.required}") @Future(message = "{campaign.deadline.future}") Instant applicationDeadline) {
}
