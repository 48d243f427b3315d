package com.cocreation5r.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What part of the inbox to show: the caller's own tasks or their groups' unclaimed ones,
 * optionally narrowed by name or stage, or to overdue tasks.
 */
public record InboxQuery(
        @NotNull View view,
        @Size(max = 100) String nameContains,
        @Size(max = 64) String processKey,
        boolean overdueOnly,
        @NotNull SortField sortField,
        boolean ascending) {

    public enum View {
        /** Tasks assigned to the caller. */
        MINE,
        /** Unclaimed tasks offered to one of the caller's groups. */
        GROUPS
    }

    public enum SortField { DUE, CREATED, NAME, PRIORITY }

    public static InboxQuery of(View view) {
        return new InboxQuery(view, null, null, false, SortField.DUE, true);
    }
}
