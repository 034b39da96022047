package eu.resilience.assessment.exchange;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.text.FreeText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The printable blank questionnaire (OpenPDF, DejaVu Sans embedded): per domain and goal, each practice with its level,
 * a box per option of its scale (and N/A where allowed), its guidance, evidence hints and references, and lines for the
 * answer's comment.
 */
final class QuestionnairePdf {

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");
    private static final Color MUTED = new Color(0x5A6472);
    private static final Color HEAD = new Color(0xE8EEF5);

    private final Questionnaire questionnaire;
    private final Texts texts;
    private final Locale locale;
    private final Font body;
    private final Font small;
    private final Font strong;
    private final Font heading;
    private final Font title;

    private QuestionnairePdf(Questionnaire questionnaire, Texts texts) {
        this.questionnaire = questionnaire;
        this.texts = texts;
        this.locale = texts.locale();
        try {
            BaseFont regular =
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            BaseFont bold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
            body = new Font(regular, 9.5f);
            small = new Font(regular, 8f, Font.NORMAL, MUTED);
            strong = new Font(bold, 9.5f);
            heading = new Font(bold, 13f);
            title = new Font(bold, 18f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(Questionnaire questionnaire, Texts texts) {
        return new QuestionnairePdf(questionnaire, texts).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String name = questionnaire.title().in(locale) + " " + questionnaire.version();
            writer.setPageEvent(footer(name));
            document.addTitle(name);
            document.open();
            document.add(new Paragraph(clean(name), title));
            Paragraph description =
                    new Paragraph(clean(questionnaire.description().in(locale)), body);
            description.setSpacingBefore(8);
            document.add(description);
            Paragraph howTo = new Paragraph(texts.get("exchange.pdf.intro"), small);
            howTo.setSpacingBefore(6);
            document.add(howTo);
            for (Domain domain : questionnaire.domains()) {
                Paragraph domainTitle =
                        new Paragraph(clean(domain.id() + " · " + domain.title().in(locale)), heading);
                domainTitle.setSpacingBefore(16);
                document.add(domainTitle);
                if (!domain.description().isEmpty()) {
                    document.add(new Paragraph(clean(domain.description().in(locale)), small));
                }
                for (Goal goal : domain.goals()) {
                    Paragraph goalTitle =
                            new Paragraph(clean(goal.id() + " " + goal.title().in(locale)), strong);
                    goalTitle.setSpacingBefore(8);
                    document.add(goalTitle);
                    for (Practice practice : goal.practices()) {
                        document.add(practice(practice));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private PdfPTable practice(Practice practice) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        String head = practice.id()
                + (practice.level() == null ? "" : "  ·  " + practice.level().id());
        PdfPCell top = new PdfPCell();
        top.setBackgroundColor(HEAD);
        top.setBorderColor(HEAD);
        top.setPadding(5);
        Paragraph text = new Paragraph();
        text.add(new Chunk(head + "   ", strong));
        text.add(new Chunk(clean(practice.text().in(locale)), body));
        top.addElement(text);
        table.addCell(top);

        PdfPCell options = new PdfPCell();
        options.setBorderColor(HEAD);
        options.setPadding(5);
        for (ScaleOption option : practice.scale().options()) {
            Paragraph line = new Paragraph();
            line.add(new Chunk("☐  ", body));
            line.add(new Chunk(clean(option.label().in(locale)), strong));
            String description = option.description().in(locale);
            if (!description.isBlank()) {
                line.add(new Chunk(" — " + clean(description), small));
            }
            options.addElement(line);
        }
        if (practice.naAllowed()) {
            Paragraph na = new Paragraph();
            na.add(new Chunk("☐  ", body));
            na.add(new Chunk(texts.get("exchange.na"), strong));
            na.add(new Chunk(" — " + texts.get("exchange.pdf.na-justify"), small));
            options.addElement(na);
        }
        String guidance =
                AnswerWorkbook.plainText(practice.guidance().in(locale)).strip();
        if (!guidance.isEmpty()) {
            Paragraph g = new Paragraph(texts.get("exchange.pdf.guidance") + " " + clean(guidance), small);
            g.setSpacingBefore(4);
            options.addElement(g);
        }
        var hints = practice.evidenceHints().stream()
                .map(h -> clean(h.in(locale)))
                .filter(h -> !h.isBlank())
                .toList();
        if (!hints.isEmpty()) {
            options.addElement(
                    new Paragraph(texts.get("exchange.note.evidence") + " " + String.join("; ", hints), small));
        }
        String references = AnswerWorkbook.references(practice);
        if (!references.isEmpty()) {
            options.addElement(new Paragraph(texts.get("exchange.column.references") + ": " + references, small));
        }
        Paragraph comment = new Paragraph(
                texts.get("exchange.column.comment") + ": ____________________________________________", small);
        comment.setSpacingBefore(4);
        options.addElement(comment);
        table.addCell(options);
        return table;
    }

    private PdfPageEventHelper footer(String name) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_LEFT,
                        new Phrase(clean(name), small),
                        document.left(),
                        document.bottom() - 20,
                        0);
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_RIGHT,
                        new Phrase(texts.get("exchange.pdf.page", writer.getPageNumber()), small),
                        document.right(),
                        document.bottom() - 20,
                        0);
            }
        };
    }

    private static String clean(String text) {
        return text == null ? "" : FreeText.strip(text, true);
    }

    private static byte[] load(String resource) {
        try (InputStream in = QuestionnairePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
