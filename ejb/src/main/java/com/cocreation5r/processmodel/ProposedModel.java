package com.cocreation5r.processmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A model a process owner submits: from the modeler, a file upload or the REST API.
 *
 * @param resourceName the file name, e.g. {@code recruiting.bpmn}
 * @param content the file as uploaded (UTF-8 XML)
 * @param summary what changes and why, for the reviewer
 */
public record ProposedModel(
        @NotBlank(message = "{processChange.resourceName.required}") @Size(max = 255) String resourceName,
        @NotNull(message = "{processChange.model.required}") byte[] content,
        @NotBlank(message = "{processChange.summary.required}") @Size(max = 2000, message = "{processChange.summary.size}") String summary) {
}
