package com.cocreation5r.realization;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff look for in the archive; every criterion left empty matches everything. The dates
 * are the days the ideas were archived, both included.
 */
public record ArchiveSearch(
        Long campaignId,
        @Size(max = 100, message = "{archive.search.tooLong}") String text,
        Long reasonId,
        @Size(max = 100, message = "{archive.search.tooLong}") String partner,
        LocalDate archivedFrom,
        LocalDate archivedTo) implements Serializable {

    public static ArchiveSearch everything() {
        return new ArchiveSearch(null, null, null, null, null, null);
    }

    public static ArchiveSearch forText(String text) {
        return new ArchiveSearch(null, text, null, null, null, null);
    }

    /** Named after the end of the range, so forms show the broken rule next to that input. */
    @AssertTrue(message = "{archive.search.dateRange}")
    public boolean isArchivedTo() {
        return archivedFrom == null || archivedTo == null || !archivedTo.isBefore(archivedFrom);
    }
}
