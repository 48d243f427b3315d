package com.cocreation5r.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What part of the inbox to show: the caller's own tasks or their groups' unclaimed ones,
 * optionally narrowed by name or stage, or to overdue tasks.
 *
 * @param taskKeysNamed tasks whose label in the reader's language contains {@code nameContains}:
 *     they match the name filter too, since the engine knows only the models' own labels
 */
public record InboxQuery(
        @NotNull View view,
        @Size(max = 100) String nameContains,
        @NotNull @Size(max = 100) Set<@NotNull @Size(max = 255) String> taskKeysNamed,
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
        return new InboxQuery(view, null, Set.of(), null, false, SortField.DUE, true);
    }
}
