package com.cocreation5r.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A customer who applied to work with the company. Selection looks at capability and
 * willingness; the profile also feeds the committee's diversity check.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 16)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 16)
    private ApplicantKind applicantKind;

    @Column(length = 500)
    private String interests;

    @Column(length = 500)
    private String expertise;

    @Column(name = "community_followers", nullable = false)
    private int communityFollowers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateSource source;

    @Column(name = "source_name", length = 120)
    private String sourceName;

    protected Candidate() {
    }

    public Candidate(CandidateProfile profile) {
        this.fullName = Objects.requireNonNull(profile.fullName());
        this.email = Objects.requireNonNull(profile.email()).toLowerCase(java.util.Locale.ROOT);
        this.ageBand = profile.ageBand();
        this.gender = profile.gender();
        this.education = profile.education();
        this.applicantKind = profile.applicantKind();
        this.interests = profile.interests();
        this.expertise = profile.expertise();
        this.communityFollowers = profile.communityFollowers();
        this.source = profile.source();
        this.sourceName = profile.sourceName();
    }

    public CandidateProfile profile() {
        return new CandidateProfile(fullName, email, ageBand, gender, education, applicantKind, interests, expertise,
                communityFollowers, source, sourceName);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Gender getGender() {
        return gender;
    }

    public Education getEducation() {
        return education;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    /** Age bands rather than birth dates: enough for diversity, less personal data kept. */
    public enum AgeBand { UNDER_20, FROM_20_TO_29, FROM_30_TO_39, FROM_40_TO_49, FROM_50 }

    public enum Gender { FEMALE, MALE, DIVERSE, UNDISCLOSED }

    public enum Education { SECONDARY, BACHELOR, MASTER, DOCTORATE, OTHER }

    /** Individuals and institutions (university labs, research institutes) may both apply. */
    public enum ApplicantKind { INDIVIDUAL, INSTITUTION }

    /** Where the candidate came from: the company's own open call, a co-creation community or an agency. */
    public enum CandidateSource { OPEN_CALL, COMMUNITY, AGENCY }
}
