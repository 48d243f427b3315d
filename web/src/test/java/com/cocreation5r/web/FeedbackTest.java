package com.cocreation5r.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void aViolationTemplateNamesABundleKey() {
        assertThat(Feedback.stripBraces("{score.range}")).isEqualTo("score.range");
        assertThat(Feedback.stripBraces("plain text")).isEqualTo("plain text");
    }

    @Test
    void theViolationIsFoundBehindTheContainersWrapping() {
        // Arrange
        ConstraintViolationException violations = new ConstraintViolationException(Set.of());
        EJBException wrapped = new EJBException(new RuntimeException(violations));

        // Act + Assert
        assertThat(Feedback.causeOfType(wrapped, ConstraintViolationException.class)).containsSame(violations);
        assertThat(Feedback.causeOfType(new EJBException("no"), ConstraintViolationException.class)).isEmpty();
    }
}
