package eu.resilience.assessment.report.docx;

import eu.resilience.assessment.report.Tlp;
import eu.resilience.assessment.text.FreeText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document (DOCX) a user can edit: real heading styles ("Title", "Heading 1", "Heading 2", so the navigation pane
 * and a table of contents work), tables with a repeated header row, pictures; the TLP label in the page header.
 */
final class Word implements AutoCloseable {

    final XWPFDocument document = new XWPFDocument();

    Word(Tlp tlp) {
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", -1, 52);
        style(styles, "Heading1", "heading 1", 0, 32);
        style(styles, "Heading2", "heading 2", 1, 26);
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFParagraph header =
                policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        XWPFRun label = header.createRun();
        label.setBold(true);
        label.setText(tlp.label());
    }

    /** A paragraph style that Word knows as a heading (outline level) or the title, with its size in half points. */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        var paragraph = ct.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = ct.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal("1F3A5F");
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Title");
        paragraph.createRun().setText(clean(text));
    }

    void heading1(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading1");
        paragraph.createRun().setText(clean(text));
    }

    void heading2(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading2");
        paragraph.createRun().setText(clean(text));
    }

    void text(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        String[] lines = clean(text).split("\n", -1);
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    void pageBreak() {
        document.createParagraph().setPageBreak(true);
    }

    /** A table with a bold header row that repeats on every page. */
    void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(1 + rows.size(), header.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFParagraph paragraph = head.getCell(c).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setText(clean(header.get(c)));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < header.size(); c++) {
                row.getCell(c)
                        .getParagraphs()
                        .get(0)
                        .createRun()
                        .setText(clean(rows.get(r).get(c)));
            }
        }
        document.createParagraph();
    }

    void png(byte[] png, String name, int widthPoints, int heightPoints) {
        try {
            document.createParagraph()
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            PictureType.PNG,
                            name,
                            Units.toEMU(widthPoints),
                            Units.toEMU(heightPoints));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the chart could not be put in the document", e);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves out the characters the free-text rule refuses (texts stored before the rule), like the other writers. */
    static String clean(String text) {
        return text == null ? "" : FreeText.strip(text, true);
    }
}
