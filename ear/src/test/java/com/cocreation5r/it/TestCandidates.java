package com.cocreation5r.it;

import com.cocreation5r.recruiting.Candidate;
import com.cocreation5r.recruiting.CandidateProfile;
import java.util.UUID;

/** Candidate profiles for tests, each with an e-mail address no other test uses. */
public final class TestCandidates {

    private TestCandidates() {
    }

    public static CandidateProfile profile(String name) {
        return new CandidateProfile("Test " + name, name + "." + UUID.randomUUID() + "@example.com",
                Candidate.AgeBand.FROM_20_TO_29, Candidate.Gender.UNDISCLOSED, Candidate.Education.BACHELOR,
                Candidate.ApplicantKind.INDIVIDUAL, "grooming", null, 100, Candidate.CandidateSource.OPEN_CALL, null);
    }
}
