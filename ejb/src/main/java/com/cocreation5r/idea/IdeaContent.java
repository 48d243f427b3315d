package com.cocreation5r.idea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an idea says: a title, a one-paragraph summary and the full description. */
public record IdeaContent(
        @NotBlank(message = "{idea.title.required}") @Size(max = 200, message = "{idea.title.size}") String title,
        @NotBlank(message = "{idea.summary.required}") @Size(max = 500, message = "{idea.summary.size}") String summary,
        @NotBlank(message = "{idea.description.required}") @Size(max = 8000, message = "{idea.description.size}")
        String description) {
}
