package com.cocreation5r.export;

/** The document formats auditors export to. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String fileName(String baseName) {
        return baseName + "." + extension;
    }
}
