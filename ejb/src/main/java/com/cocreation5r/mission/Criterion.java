package com.cocreation5r.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** One evaluation criterion and its weight in percent, e.g. creativity 25. */
@Embeddable
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{criterion.name.required}")
    @Size(max = 100, message = "{criterion.name.tooLong}")
    @Column(nullable = false, length = 100)
    private String name;

    @NotNull(message = "{criterion.weight.required}")
    @Positive(message = "{criterion.weight.positive}")
    @Max(value = 100, message = "{criterion.weight.positive}")
    @Column(nullable = false)
    private Integer weight;

    protected Criterion() {
    }

    public Criterion(String name, Integer weight) {
        this.name = name;
        this.weight = weight;
    }

    public String getName() {
        return name;
    }

    public Integer getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion that && Objects.equals(name, that.name) && Objects.equals(weight, that.weight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, weight);
    }

    @Override
    public String toString() {
        return name + " " + weight + "%";
    }
}
