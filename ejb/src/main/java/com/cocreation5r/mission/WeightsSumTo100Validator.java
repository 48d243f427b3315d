package com.cocreation5r.mission;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports the weights on the scheme's {@code criteria}, where the form shows the running sum. */
public class WeightsSumTo100Validator implements ConstraintValidator<WeightsSumTo100, EvaluationScheme> {

    @Override
    public boolean isValid(EvaluationScheme scheme, ConstraintValidatorContext context) {
        if (scheme == null || scheme.criteria().isEmpty() || scheme.totalWeight() == 100) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("criteria").addConstraintViolation();
        return false;
    }
}
