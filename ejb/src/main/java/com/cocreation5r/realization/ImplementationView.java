package com.cocreation5r.realization;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An idea under implementation and its progress log. */
public record ImplementationView(IdeaDossier idea, ExecutionDepartment department, Instant startedAt,
        List<Progress> progress) implements Serializable {

    public ImplementationView {
        progress = List.copyOf(progress);
    }

    public record Progress(String note, String recordedBy, Instant recordedAt) implements Serializable {
    }
}
