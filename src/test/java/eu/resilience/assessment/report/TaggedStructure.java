package eu.resilience.assessment.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** What a PDF says of itself to assistive technology: its language, whether it is tagged, its structure tree. */
record TaggedStructure(String language, boolean marked, boolean displaysTitle, List<String> elements) {

    /** Reads the catalog back; each element as its type, a figure with its alternative text ("Figure: ..."). */
    static TaggedStructure of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            List<String> elements = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collect(catalog.getStructureTreeRoot(), elements);
            }
            return new TaggedStructure(
                    catalog.getLanguage(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getViewerPreferences() != null
                            && catalog.getViewerPreferences().displayDocTitle(),
                    elements);
        }
    }

    private static void collect(PDStructureNode node, List<String> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(
                        element.getAlternateDescription() == null
                                ? element.getStructureType()
                                : element.getStructureType() + ": " + element.getAlternateDescription());
                collect(element, elements);
            }
        }
    }
}
