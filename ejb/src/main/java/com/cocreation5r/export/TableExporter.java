package com.cocreation5r.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportTable} as CSV or PDF.
 *
 * <p>CSV is RFC 4180 in UTF-8, starting with a byte order mark so that spreadsheet programs read
 * Korean text right; the title and the lines about the table come first, as comment lines. PDF is
 * a landscape A4 table whose header repeats on every page. The standard PDF fonts have no Hangul,
 * so every PDF embeds the glyphs it uses of Noto Sans KR (SIL Open Font License 1.1), which covers
 * Korean and Latin text. The font is an npm package: the EJB module's build installs it and copies
 * it into this jar (see its pom), as no Hangul font is published on Maven Central and the web
 * module's npm build cannot reach this module's class loader. The system property
 * {@value #FONT_PROPERTY} names another TrueType/OpenType file to embed instead.
 */
@ApplicationScoped
public class TableExporter {

    /** A TrueType or OpenType font file with the scripts the exports need, such as Hangul. */
    public static final String FONT_PROPERTY = "cocreation.pdf.font";

    /** Noto Sans KR, copied next to this class by the build. */
    static final String BUNDLED_FONT = "NotoSansKR-Regular.otf";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public byte[] write(ExportTable table, ExportFormat format) {
        return switch (format) {
            case CSV -> csv(table);
            case PDF -> pdf(table);
        };
    }

    byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat csv = CSVFormat.RFC4180.builder().setCommentMarker('#').get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, csv)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printComment(table.title());
            for (String line : table.about()) {
                printer.printComment(line);
            }
            printer.printRecord(table.columns());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] pdf(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(table.title());
            document.open();
            BaseFont base = baseFont();
            document.add(new Paragraph(table.title(), new Font(base, 14, Font.BOLD)));
            Font small = new Font(base, 8);
            for (String line : table.about()) {
                document.add(new Paragraph(line, small));
            }
            document.add(new Paragraph(" ", small));
            PdfPTable grid = new PdfPTable(Math.max(table.columns().size(), 1));
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            Font header = new Font(base, 8, Font.BOLD);
            for (String column : table.columns()) {
                PdfPCell cell = new PdfPCell(new Phrase(column, header));
                cell.setBackgroundColor(new Color(0xE8, 0xEC, 0xF1));
                grid.addCell(cell);
            }
            for (List<String> row : table.rows()) {
                for (String value : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(value, small));
                    cell.setVerticalAlignment(Element.ALIGN_TOP);
                    grid.addCell(cell);
                }
            }
            document.add(grid);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static BaseFont baseFont() {
        String configured = System.getProperty(FONT_PROPERTY);
        try {
            if (configured != null && Files.isReadable(Path.of(configured))) {
                return BaseFont.createFont(configured, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            // not cached by OpenPDF: a font object keeps the glyphs one document used, for its subset
            return BaseFont.createFont(BUNDLED_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    BundledFont.BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + configured + " cannot be read", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF font " + configured + " cannot be used", e);
        }
    }

    /** The bundled font file, read once, when the first PDF is written. */
    private static final class BundledFont {

        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream font = TableExporter.class.getResourceAsStream("fonts/" + BUNDLED_FONT)) {
                if (font == null) {
                    throw new IllegalStateException("The PDF font " + BUNDLED_FONT + " is missing from the build");
                }
                return font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF font " + BUNDLED_FONT + " cannot be read", e);
            }
        }
    }
}
