package com.cocreation5r.reinforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One feasibility rule an idea breaks: the rule's code and its own explanation. */
@Embeddable
public class FeasibilityWarning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(length = 500)
    private String explanation;

    protected FeasibilityWarning() {
    }

    public FeasibilityWarning(String code, String explanation) {
        this.code = Objects.requireNonNull(code);
        this.explanation = explanation;
    }

    public String getCode() {
        return code;
    }

    public String getExplanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeasibilityWarning warning && code.equals(warning.code)
                && Objects.equals(explanation, warning.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, explanation);
    }

    @Override
    public String toString() {
        return code;
    }
}
