package com.cocreation5r.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * One item of an incentive portfolio, with the value the program manager states for it: money for
 * an extrinsic reward, an estimate of what it is worth to a partner for an intrinsic one. The
 * stated values are what the portfolio's balance is judged by.
 */
@Embeddable
public class Incentive implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{incentive.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncentiveKind kind;

    @NotBlank(message = "{incentive.description.required}")
    @Size(max = 200, message = "{incentive.description.tooLong}")
    @Column(nullable = false, length = 200)
    private String description;

    @NotNull(message = "{incentive.value.required}")
    @Min(value = 0, message = "{incentive.value.required}")
    @Column(name = "stated_value", nullable = false)
    private Integer value;

    protected Incentive() {
    }

    public Incentive(IncentiveKind kind, String description, Integer value) {
        this.kind = kind;
        this.description = description;
        this.value = value;
    }

    public IncentiveKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Integer getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Incentive that && kind == that.kind && Objects.equals(description, that.description)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, description, value);
    }
}
