package com.cocreation5r.inbox;

import java.time.Instant;

/** A task as the inbox lists it. */
public record InboxTask(
        String id,
        String name,
        String description,
        String taskDefinitionKey,
        String processKey,
        String processName,
        String businessKey,
        String campaignTitle,
        String assignee,
        Instant created,
        Instant due,
        boolean overdue,
        String formKey) {
}
