package com.cocreation5r.history.web;

import com.cocreation5r.export.ExportFormat;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An exported document as the browser downloads it. */
final class Downloads {

    private Downloads() {
    }

    static StreamedContent of(byte[] document, ExportFormat format, String baseName) {
        return DefaultStreamedContent.builder()
                .name(format.fileName(baseName.replaceAll("[^A-Za-z0-9._-]+", "-")))
                .contentType(format.contentType())
                .contentLength((long) document.length)
                .stream(() -> new ByteArrayInputStream(document))
                .build();
    }
}
