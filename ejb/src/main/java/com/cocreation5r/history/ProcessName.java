package com.cocreation5r.history;

import java.io.Serializable;

/** A process definition key with the name of its latest version, to choose a process by. */
public record ProcessName(String key, String name) implements Serializable {
}
