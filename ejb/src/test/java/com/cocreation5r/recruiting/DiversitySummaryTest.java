package com.cocreation5r.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiversitySummaryTest {

    @Test
    void countsEveryValueOfEveryDimension() {
        DiversitySummary summary = DiversitySummary.of(List.of(
                candidate("a", Gender.FEMALE, Education.MASTER, ApplicantKind.INDIVIDUAL, AgeBand.FROM_20_TO_29),
                candidate("b", Gender.MALE, Education.MASTER, ApplicantKind.INSTITUTION, AgeBand.FROM_30_TO_39),
                candidate("c", Gender.FEMALE, Education.SECONDARY, ApplicantKind.INDIVIDUAL, AgeBand.UNDER_20)));

        assertThat(summary.size()).isEqualTo(3);
        assertThat(summary.byGender()).containsEntry(Gender.FEMALE, 2).containsEntry(Gender.MALE, 1)
                .containsEntry(Gender.DIVERSE, 0).hasSize(Gender.values().length);
        assertThat(summary.byEducation()).containsEntry(Education.MASTER, 2).containsEntry(Education.SECONDARY, 1);
        assertThat(summary.byApplicantKind()).containsEntry(ApplicantKind.INSTITUTION, 1);
        assertThat(summary.byAgeBand()).containsEntry(AgeBand.UNDER_20, 1);
        assertThat(summary.uniformDimensions()).isZero();
    }

    @Test
    void flagsDimensionsWhereEveryoneIsAlike() {
        DiversitySummary summary = DiversitySummary.of(List.of(
                candidate("a", Gender.MALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, AgeBand.FROM_20_TO_29),
                candidate("b", Gender.MALE, Education.BACHELOR, ApplicantKind.INDIVIDUAL, AgeBand.FROM_30_TO_39)));

        // gender, education and applicant kind are uniform; age is not
        assertThat(summary.uniformDimensions()).isEqualTo(3);
    }

    @Test
    void anEmptyOrSingleCohortIsNotCalledUniform() {
        assertThat(DiversitySummary.of(List.of()).uniformDimensions()).isZero();
        assertThat(DiversitySummary.of(List.of(candidate("a", Gender.MALE, Education.OTHER, ApplicantKind.INDIVIDUAL,
                AgeBand.FROM_50))).uniformDimensions()).isZero();
    }

    private static Candidate candidate(String name, Gender gender, Education education, ApplicantKind kind,
            AgeBand age) {
        return new Candidate(new CandidateProfile(name, name + "@example.com", age, gender, education, kind, null,
                null, 0, CandidateSource.OPEN_CALL, null));
    }
}
