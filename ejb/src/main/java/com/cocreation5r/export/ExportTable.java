package com.cocreation5r.export;

import java.util.List;
import java.util.Objects;

/**
 * A table to export: a title, lines that say what it covers (who exported it, when, for which
 * campaign), its column names and its rows, every cell already text.
 */
public record ExportTable(String title, List<String> about, List<String> columns, List<List<String>> rows) {

    public ExportTable {
        Objects.requireNonNull(title);
        about = List.copyOf(about);
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
        }
    }
}
