package com.cocreation5r.mission;

import jakarta.validation.Valid;
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
 * anyone can check later that the weights used are the ones the partners accepted.
 */
@WeightsSumTo100
public record EvaluationScheme(
        @NotBlank(message = "{scheme.evaluators.required}") @Size(max = 200, message = "{scheme.evaluators.tooLong}")
        String evaluators,
        @NotBlank(message = "{scheme.method.required}") @Size(max = 500, message = "{scheme.method.tooLong}")
        String method,
        boolean blindReview,
        @NotEmpty(message = "{scheme.criteria.required}") @Size(max = 12, message = "{scheme.criteria.tooMany}")
        List<@NotNull @Valid Criterion> criteria) implements Serializable {

    /** First line of the canonical form; a new format gets a new version, so old digests stay checkable. */
    static final String CANONICAL_HEADER = "cocreation5r/evaluation-scheme/v1";

    public EvaluationScheme {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(criterion -> criterion.getWeight() == null ? 0 : criterion.getWeight()).sum();
    }

    /**
     * The scheme as one text in which every part counts: header, evaluators, method, blind review
     * and each criterion in the published order. Values are trimmed and escaped so no value can
     * imitate a line of another field.
     */
    public String canonicalForm() {
        StringBuilder text = new StringBuilder(CANONICAL_HEADER).append('\n')
                .append("evaluators=").append(escape(evaluators)).append('\n')
                .append("method=").append(escape(method)).append('\n')
                .append("blindReview=").append(blindReview).append('\n');
        for (Criterion criterion : criteria) {
            text.append("criterion=").append(escape(criterion.getName())).append(';')
                    .append(criterion.getWeight()).append('\n');
        }
        return text.toString();
    }

    /** SHA-256 of {@link #canonicalForm()} in UTF-8, as 64 lower-case hex digits. */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(";", "\\;");
    }
}
