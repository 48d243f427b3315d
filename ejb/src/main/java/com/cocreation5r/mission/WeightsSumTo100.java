package com.cocreation5r.mission;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The criteria weights of an {@link EvaluationScheme} add up to exactly 100 %. */
@Documented
@Constraint(validatedBy = WeightsSumTo100Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WeightsSumTo100 {

    String message() default "{scheme.weights.sum}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
