package com.cocreation5r.processmodel;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a migration: done at once for a few instances, or as a batch (its id) that the
 * job executor works through; or refused by the engine with its reasons, nothing migrated.
 */
public record MigrationResult(long instances, String batchId, List<String> problems) implements Serializable {

    public boolean migrated() {
        return problems.isEmpty();
    }
}
