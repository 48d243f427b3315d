package com.cocreation5r.recruiting;

import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a candidate tells about themselves when applying. */
public record CandidateProfile(
        @NotBlank(message = "{candidate.fullName.required}") @Size(max = 120) String fullName,
        @NotBlank(message = "{candidate.email.required}") @Email(message = "{candidate.email.invalid}") @Size(max = 200) String email,
        @NotNull AgeBand ageBand,
        @NotNull Gender gender,
        @NotNull Education education,
        @NotNull ApplicantKind applicantKind,
        @Size(max = 500) String interests,
        @Size(max = 500) String expertise,
        @PositiveOrZero int communityFollowers,
        @NotNull CandidateSource source,
        @Size(max = 120) String sourceName) {
}
