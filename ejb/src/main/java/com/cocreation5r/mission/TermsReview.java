package com.cocreation5r.mission;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Legal's verdict on the IP/ownership terms and the NDA: approve, or send back with comments. */
public record TermsReview(boolean approved,
        @Size(max = 2000, message = "{comment.tooLong}") String comments) implements Serializable {

    /** A draft sent back says what to change. */
    @AssertTrue(message = "{terms.comments.required}")
    public boolean isCommentsGivenWhenSentBack() {
        return approved || (comments != null && !comments.isBlank());
    }
}
