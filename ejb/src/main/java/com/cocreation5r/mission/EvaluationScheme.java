package com.cocreation5r.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Who evaluates the partners' ideas, how, and by which weighted criteria. Agreed in writing before
 * any work; once the R&amp;R stage completes it is published with a digest of its canonical form, so
 * anyone can check later that the weights used, and the score an idea needs to be accepted, are the
 * ones the partners accepted.
 */
@WeightsSumTo100
public record EvaluationScheme(
        @NotBlank(message = "{scheme.evaluators.required}") @Size(max = 200, message = "{scheme.evaluators.tooLong}")
        String evaluators,
        @NotBlank(message = "{scheme.method.required}") @Size(max = 500, message = "{scheme.method.tooLong}")
        String method,
        boolean blindReview,
        @NotEmpty(message = "{scheme.criteria.required}") @Size(max = 12, message = "{scheme.criteria.tooMany}")
        List<@NotNull @Valid Criterion> criteria,
        @NotNull(message = "{scheme.acceptanceThreshold.required}")
        @Min(value = 1, message = "{scheme.acceptanceThreshold.range}")
        @Max(value = 100, message = "{scheme.acceptanceThreshold.range}")
        Integer acceptanceThreshold) implements Serializable {

    /** The weighted score (of 100) an idea needs when the program manager keeps the usual threshold. */
    public static final int USUAL_ACCEPTANCE_THRESHOLD = 60;

    /** First line of the canonical form; a new format gets a new version, so old digests stay checkable. */
    static final String CANONICAL_HEADER = "cocreation5r/evaluation-scheme/v2";

    /** The form before the threshold was part of the scheme, when every scheme accepted at 60 points. */
    static final String CANONICAL_HEADER_V1 = "cocreation5r/evaluation-scheme/v1";

    public EvaluationScheme {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A scheme that accepts ideas at the {@linkplain #USUAL_ACCEPTANCE_THRESHOLD usual threshold}. */
    public EvaluationScheme(String evaluators, String method, boolean blindReview, List<Criterion> criteria) {
        this(evaluators, method, blindReview, criteria, USUAL_ACCEPTANCE_THRESHOLD);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(criterion -> criterion.getWeight() == null ? 0 : criterion.getWeight()).sum();
    }

    /**
     * The scheme as one text in which every part counts: header, evaluators, method, blind review,
     * each criterion in the published order and the acceptance threshold. Values are trimmed and
     * escaped so no value can imitate a line of another field.
     */
    public String canonicalForm() {
        return canonicalBody(CANONICAL_HEADER) + "acceptanceThreshold=" + acceptanceThreshold + '\n';
    }

    /** SHA-256 of {@link #canonicalForm()} in UTF-8, as 64 lower-case hex digits. */
    public String digest() {
        return digestOf(canonicalForm());
    }

    /**
     * The canonical form a published digest was computed from: this one, or for a scheme published
     * before the threshold was part of it (when every scheme accepted at 60 points) the first form.
     */
    public String canonicalFormPublishedAs(String publishedDigest) {
        String firstForm = canonicalBody(CANONICAL_HEADER_V1);
        boolean publishedInFirstForm = Integer.valueOf(USUAL_ACCEPTANCE_THRESHOLD).equals(acceptanceThreshold)
                && digestOf(firstForm).equals(publishedDigest);
        return publishedInFirstForm ? firstForm : canonicalForm();
    }

    /** Whether a published digest is this scheme's, in whichever canonical form it was published. */
    public boolean hasDigest(String publishedDigest) {
        return publishedDigest != null && publishedDigest.equals(digestOf(canonicalFormPublishedAs(publishedDigest)));
    }

    /** SHA-256 of a canonical form in UTF-8, as 64 lower-case hex digits. */
    public static String digestOf(String canonicalForm) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private String canonicalBody(String header) {
        StringBuilder text = new StringBuilder(header).append('\n')
                .append("evaluators=").append(escape(evaluators)).append('\n')
                .append("method=").append(escape(method)).append('\n')
                .append("blindReview=").append(blindReview).append('\n');
        for (Criterion criterion : criteria) {
            text.append("criterion=").append(escape(criterion.getName())).append(';')
                    .append(criterion.getWeight()).append('\n');
        }
        return text.toString();
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(";", "\\;");
    }
}
