package com.cocreation5r.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TableExporterTest {

    private final TableExporter exporter = new TableExporter();

    private final ExportTable table = new ExportTable("Audit trail of instance 42",
            List.of("Exported by audrey", "Campaign: New men's deodorant"),
            List.of("Time", "Kind", "Detail"),
            List.of(List.of("2026-11-23T10:00:00Z", "TASK", "Screen, then \"shortlist\""),
                    List.of("2026-11-23T10:05:00Z", "COMMENT", "두 줄\nof text")));

    @Test
    void csvKeepsEveryCellAsWrittenAfterTheTitleComments() throws IOException {
        String text = new String(exporter.write(table, ExportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF# Audit trail of instance 42");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("Time", "Kind", "Detail");
        assertThat(records.get(1).get(2)).isEqualTo("Screen, then \"shortlist\"");
        assertThat(records.get(2).get(2)).isEqualTo("두 줄\nof text");
    }

    @Test
    void pdfHoldsTheTitleTheHeaderAndTheCells() throws IOException {
        byte[] pdf = exporter.write(table, ExportFormat.PDF);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Audit trail of instance 42", "Exported by audrey", "Time", "Kind",
                    "2026-11-23T10:05:00Z", "COMMENT", "Screen, then \"shortlist\"");
        }
    }

    @Test
    void pdfKeepsKoreanTextWithTheBundledFontAndNoSystemProperty() throws IOException {
        // Arrange
        assertThat(System.getProperty(TableExporter.FONT_PROPERTY)).isNull();
        ExportTable korean = new ExportTable("인스턴스 42의 감사 기록", List.of("내보낸 사람: 감사인"),
                List.of("시간", "종류", "내용"), List.of(List.of("2026-11-23T10:00:00Z", "작업", "아이디어 심사 완료")));

        // Act
        byte[] pdf = exporter.write(korean, ExportFormat.PDF);

        // Assert: the text reads back, and only the glyphs used were embedded
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("인스턴스 42의 감사 기록", "내보낸 사람: 감사인", "시간", "아이디어 심사 완료");
        }
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void aRowMustHaveACellForEveryColumn() {
        assertThatThrownBy(() -> new ExportTable("t", List.of(), List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
