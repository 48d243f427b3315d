package com.cocreation5r.recruiting.web;

import com.cocreation5r.recruiting.Candidate.AgeBand;
import com.cocreation5r.recruiting.Candidate.ApplicantKind;
import com.cocreation5r.recruiting.Candidate.CandidateSource;
import com.cocreation5r.recruiting.Candidate.Education;
import com.cocreation5r.recruiting.Candidate.Gender;
import com.cocreation5r.recruiting.CandidateProfile;
import com.cocreation5r.recruiting.RecruitingService;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Staff register a written application received through the open call, a co-creation community
 * or an agency, while the campaign's call is open.
 */
@Named
@ViewScoped
public class RegisterApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitingService recruiting;

    @Inject
    private Feedback feedback;

    private String fullName;
    private String email;
    private AgeBand ageBand;
    private Gender gender;
    private Education education;
    private ApplicantKind applicantKind = ApplicantKind.INDIVIDUAL;
    private String interests;
    private String expertise;
    private Integer communityFollowers = 0;
    private CandidateSource source = CandidateSource.OPEN_CALL;
    private String sourceName;
    private String statement;

    public String register(Long campaignId) {
        try {
            recruiting.submitApplication(campaignId, new CandidateProfile(fullName, email, ageBand, gender, education,
                    applicantKind, interests, expertise, communityFollowers == null ? 0 : communityFollowers, source,
                    sourceName), statement);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return null;
        }
        feedback.infoAfterRedirect("application.registered", fullName);
        return "/campaign.xhtml?faces-redirect=true&id=" + campaignId;
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public ApplicantKind[] getApplicantKinds() {
        return ApplicantKind.values();
    }

    public CandidateSource[] getSources() {
        return CandidateSource.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public Integer getCommunityFollowers() {
        return communityFollowers;
    }

    public void setCommunityFollowers(Integer communityFollowers) {
        this.communityFollowers = communityFollowers;
    }

    public CandidateSource getSource() {
        return source;
    }

    public void setSource(CandidateSource source) {
        this.source = source;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
