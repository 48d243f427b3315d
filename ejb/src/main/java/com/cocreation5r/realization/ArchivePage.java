package com.cocreation5r.realization;

import java.io.Serializable;
import java.util.List;

/** One page of the archive search, and how many archived ideas match in all. */
public record ArchivePage(List<ArchivedIdeaView> ideas, long total) implements Serializable {

    public ArchivePage {
        ideas = List.copyOf(ideas);
    }
}
