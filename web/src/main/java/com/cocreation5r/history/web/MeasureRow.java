package com.cocreation5r.history.web;

import java.io.Serializable;

/** One line of the measures report, as shown and as exported: what is measured, its value, its basis. */
public record MeasureRow(String id, String label, String value, String basis) implements Serializable {
}
