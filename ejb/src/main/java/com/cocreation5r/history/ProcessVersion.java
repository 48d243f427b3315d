package com.cocreation5r.history;

import java.io.Serializable;

/** One version of a process definition, to pick for its heatmap. */
public record ProcessVersion(String definitionId, String key, String name, int version) implements Serializable {
}
