package com.cocreation5r.reinforcement;

import com.cocreation5r.idea.IdeaContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a partner writes in the drafting form: the idea's content, its sub-mission and the facts the rules check. */
public record IdeaDraft(
        @NotNull @Valid IdeaContent content,
        @Size(max = 200, message = "{text.tooLong}") String subMission,
        @NotNull @Valid FeasibilityFacts facts) {
}
