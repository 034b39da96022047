package eu.resilience.assessment.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import eu.resilience.assessment.report.Tlp;
import eu.resilience.assessment.text.FreeText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;

/**
 * The building blocks shared by the PDF reports: embedded fonts with accents and the euro sign (DejaVu Sans), the TLP
 * label, running headers and footers with page numbers, tables, and charts drawn as vectors through the same chart code
 * as the screens.
 */
public final class PdfKit {

    static final Color INK = new Color(0x1A2B3C);
    static final Color MUTED = new Color(0x5A6B7C);
    static final Color RULE = new Color(0xC8CED6);
    static final Color HEAD = new Color(0xE8EEF5);
    static final Color ACCENT = new Color(0x1676F3);

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    final BaseFont regular;
    final BaseFont bold;

    /** Fonts are created per document: OpenPDF records the glyphs each document uses to embed only those. */
    public PdfKit() {
        try {
            regular =
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            bold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfKit.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font font(float size) {
        return new Font(regular, size, Font.NORMAL, INK);
    }

    Font font(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font boldFont(float size) {
        return new Font(bold, size, Font.NORMAL, INK);
    }

    Font boldFont(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    /**
     * A text as the report writes it: without the characters the input rule refuses (texts stored before the rule may
     * hold them), exactly as the workbooks leave them out.
     */
    static String clean(String text) {
        return text == null ? "" : FreeText.strip(text, true);
    }

    static Document a4() {
        return new Document(PageSize.A4, 50, 50, 64, 56);
    }

    /** A heading; its level in the document's outline follows its size (from 20 pt: 1, from 14 pt: 2, else 3). */
    Heading heading(String text, float size) {
        Heading heading = new Heading(text, boldFont(size), size >= 20 ? 1 : size >= 14 ? 2 : 3);
        heading.setSpacingBefore(size);
        heading.setSpacingAfter(size / 2);
        return heading;
    }

    /** A paragraph that is a heading of a level (1-3), tagged H1-H3 in the PDF's structure. */
    static final class Heading extends Paragraph {
        private final int level;

        Heading(String text, Font font, int level) {
            super(text, font);
            this.level = level;
        }

        int level() {
            return level;
        }
    }

    Paragraph text(String text, float size) {
        Paragraph paragraph = new Paragraph(clean(text), font(size));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    Paragraph muted(String text, float size) {
        Paragraph paragraph = new Paragraph(clean(text), font(size, MUTED));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** The TLP label as FIRST draws it: coloured capitals on black. */
    PdfPTable tlpLabel(Tlp tlp, float size) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setTotalWidth(boldFont(size).getBaseFont().getWidthPoint(tlp.label(), size) + 30);
        table.setLockedWidth(true);
        PdfPCell cell = new PdfPCell(new Phrase(tlp.label(), boldFont(size, tlp.colour())));
        cell.setBackgroundColor(Color.BLACK);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(8);
        cell.setPaddingRight(8);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(size / 2 + 2);
        table.addCell(cell);
        return table;
    }

    /** The narrowest width a table is drawn at: the text width of a portrait A4 page. */
    static final float NARROWEST_TABLE = 495;

    private static final float HEADER_SIZE = 8.5f;

    /**
     * A table with a shaded header row that repeats on every page; a column too narrow for the longest word of its
     * header is widened, so that no header word is broken ("Completenes / s").
     */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(fitHeaderWords(widths, headers, bold, HEADER_SIZE, NARROWEST_TABLE));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, boldFont(HEADER_SIZE)));
            cell.setBackgroundColor(HEAD);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    /**
     * Relative column widths where each header's longest word fits its column (with the cell's padding) in a table
     * {@code tableWidth} points wide; the other columns give way in proportion.
     */
    static float[] fitHeaderWords(float[] widths, String[] headers, BaseFont font, float size, float tableWidth) {
        int columns = widths.length;
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        float[] needed = new float[columns];
        float neededTotal = 0;
        for (int i = 0; i < columns; i++) {
            float longest = 0;
            for (String word : (i < headers.length ? headers[i] : "").split("\\s+")) {
                longest = Math.max(longest, font.getWidthPoint(word, size));
            }
            // 4 points of padding each side, and slack for the borders
            needed[i] = (longest + 10) / tableWidth;
            neededTotal += needed[i];
        }
        if (neededTotal >= 1) {
            return needed; // too many columns to fit anyway: widths by their headers alone
        }
        boolean[] widened = new boolean[columns];
        boolean changed = true;
        float kept = 1;
        float free = 1;
        while (changed) {
            changed = false;
            kept = 1;
            free = 0;
            for (int i = 0; i < columns; i++) {
                if (widened[i]) {
                    kept -= needed[i];
                } else {
                    free += widths[i] / total;
                }
            }
            for (int i = 0; i < columns; i++) {
                if (!widened[i] && widths[i] / total * kept / free < needed[i]) {
                    widened[i] = true;
                    changed = true;
                }
            }
        }
        float[] fitted = new float[columns];
        for (int i = 0; i < columns; i++) {
            fitted[i] = widened[i] ? needed[i] : widths[i] / total * kept / free;
        }
        return fitted;
    }

    PdfPCell cell(String text, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), font(size)));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    PdfPCell cell(String text, float size, Color background) {
        PdfPCell cell = cell(text, size);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /**
     * A chart drawn as vector graphics (the same JFreeChart the screens render as SVG), scaled to the width, with its
     * alternative text (the figures are in the table that follows it).
     */
    Image chart(PdfWriter writer, JFreeChart chart, float width, float height, String alt) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, mapper());
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(alt);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every font of a chart is drawn with the embedded DejaVu Sans, so accents show. */
    private FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font("SansSerif", java.awt.Font.PLAIN, size);
            }
        };
    }

    /**
     * Running header (title on the left, TLP label on the right) and footer ("page n of m") on every page but the cover.
     */
    PdfPageEventHelper headerAndFooter(String title, Tlp tlp, String pageOf) {
        return new PdfPageEventHelper() {
            private PdfTemplate total;

            @Override
            public void onOpenDocument(PdfWriter writer, Document document) {
                total = writer.getDirectContent().createTemplate(40, 12);
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                // not part of the text: screen readers skip it
                canvas.beginMarkedContentSequence(TaggedPdf.ARTIFACT, null, false);
                Rectangle page = document.getPageSize();
                float left = document.left();
                float right = document.right();
                float top = page.getTop() - 34;
                if (writer.getPageNumber() > 1) {
                    ColumnText.showTextAligned(
                            canvas, Element.ALIGN_LEFT, new Phrase(title, font(8, MUTED)), left, top, 0);
                }
                // the TLP label on every page, cover included, as TLP 2.0 asks
                float size = 8;
                float labelWidth = bold.getWidthPoint(tlp.label(), size) + 8;
                canvas.saveState();
                canvas.setColorFill(Color.BLACK);
                canvas.rectangle(right - labelWidth, top - 3, labelWidth, size + 5);
                canvas.fill();
                canvas.restoreState();
                ColumnText.showTextAligned(
                        canvas,
                        Element.ALIGN_RIGHT,
                        new Phrase(tlp.label(), boldFont(size, tlp.colour())),
                        right - 4,
                        top,
                        0);
                canvas.saveState();
                canvas.setColorStroke(RULE);
                canvas.moveTo(left, 44);
                canvas.lineTo(right, 44);
                canvas.stroke();
                canvas.restoreState();
                String text = pageOf.replace("{0}", String.valueOf(writer.getPageNumber())) + " ";
                Font footer = font(8, MUTED);
                float width = regular.getWidthPoint(text, 8);
                ColumnText.showTextAligned(
                        canvas, Element.ALIGN_LEFT, new Phrase(text, footer), right - width - 24, 32, 0);
                canvas.addTemplate(total, right - 24, 32);
                ColumnText.showTextAligned(
                        canvas, Element.ALIGN_LEFT, new Phrase(tlp.label(), boldFont(8, MUTED)), left, 32, 0);
                canvas.endMarkedContentSequence();
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                ColumnText.showTextAligned(
                        total,
                        Element.ALIGN_LEFT,
                        new Phrase(String.valueOf(writer.getPageNumber() - 1), font(8, MUTED)),
                        0,
                        0,
                        0);
            }
        };
    }

    Chunk space() {
        return new Chunk(" ", font(6));
    }
}
