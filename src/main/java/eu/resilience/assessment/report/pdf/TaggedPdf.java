package eu.resilience.assessment.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Locale;

/**
 * A tagged PDF (PDF 1.7 logical structure, for screen readers and reflow): the document's language and title, and every
 * element of a report written into the page with its place in the structure tree: headings H1-H3, paragraphs P,
 * figures with their alternative text, tables as blocks. OpenPDF's {@code Document.add} writes into a content stream
 * that cannot be marked, so the elements are laid out here with {@link ColumnText} on the marked direct content, page
 * after page; the running header and footer are marked as artifacts ({@link PdfKit#headerAndFooter}).
 */
final class TaggedPdf {

    /** Content that is not part of the text (running header, footer, page numbers). */
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private static final PdfName DIV = new PdfName("Div");

    /** The room a heading needs below it to start there rather than on the next page. */
    private static final float KEEP_WITH_HEADING = 90;

    private final Document document;
    private final PdfWriter writer;
    private PdfStructureElement root;
    private int page;
    private float y;

    private TaggedPdf(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /** Declares the writer tagged, in the language, with its title shown by viewers; then opens the document. */
    static TaggedPdf open(Document document, PdfWriter writer, Locale language, String title) {
        writer.setTagged();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.addTitle(title);
        document.open();
        TaggedPdf tagged = new TaggedPdf(document, writer);
        tagged.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        return tagged;
    }

    /** Adds an element below the previous one: a heading, a paragraph, a figure (with its alt text) or a table. */
    void add(Element element) {
        PdfStructureElement tag;
        if (element instanceof PdfKit.Heading heading) {
            tag = new PdfStructureElement(root, new PdfName("H" + heading.level()));
        } else if (element instanceof Image image) {
            tag = new PdfStructureElement(root, PdfName.FIGURE);
            if (image.getAlt() != null) {
                tag.put(PdfName.ALT, new PdfString(image.getAlt(), PdfObject.TEXT_UNICODE));
            }
        } else if (element instanceof PdfPTable) {
            // the table's text in reading order, row by row; its cells are drawn on canvases merged after the table,
            // so rows and cells cannot be tagged one by one (docs/ACCESSIBILITY.md)
            tag = new PdfStructureElement(root, DIV);
        } else {
            tag = new PdfStructureElement(root, PdfName.P);
        }
        write(element, tag);
    }

    /** Ends the page; the next element starts at the top of a new one. */
    void newPage() {
        document.newPage();
    }

    private void write(Element element, PdfStructureElement tag) {
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText column = new ColumnText(canvas);
        column.addElement(element);
        boolean started = false;
        if (page == writer.getPageNumber()
                && y - document.bottom() < (element instanceof PdfKit.Heading ? KEEP_WITH_HEADING : 1)) {
            // no room left (a column below the margin would swallow the element), or a heading would end the page
            document.newPage();
        }
        while (true) {
            boolean freshPage = page != writer.getPageNumber();
            if (freshPage) {
                page = writer.getPageNumber();
                y = document.top();
            }
            float top = y;
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), top);
            canvas.beginMarkedContentSequence(tag);
            int status;
            try {
                status = column.go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            } finally {
                canvas.endMarkedContentSequence();
            }
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            if (freshPage && y >= top) {
                throw new IllegalStateException("an element larger than a page");
            }
            if (!started && y >= top) {
                // nothing of it fitted at the foot of the page: it starts afresh on the next one (a column that has
                // placed nothing of a table would drop it)
                column = new ColumnText(canvas);
                column.addElement(element);
            } else {
                started = true;
            }
            document.newPage();
        }
    }
}
