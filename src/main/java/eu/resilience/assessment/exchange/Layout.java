package eu.resilience.assessment.exchange;

/**
 * Where things are in an answering workbook; written by {@link AnswerWorkbook}, read by {@link UploadReader}. The sheet
 * {@link #META} (very hidden, protected) holds the assessment, the questionnaire version, and per practice its row and
 * the revision of its answer when the file was made; its columns from {@link #LISTS} hold the dropdowns' labels.
 */
final class Layout {

    static final String META = "meta";
    static final int FORMAT = 1;

    static final int HEADER_ROW = 2;

    static final int ID = 0;
    static final int TEXT = 1;
    static final int LEVEL = 2;
    static final int REFERENCES = 3;
    static final int ANSWER = 4;
    static final int NA_JUSTIFICATION = 5;
    static final int COMMENT = 6;
    static final int EVIDENCE_NOTE = 7;
    static final int EVIDENCE = 8;
    static final int FLAG = 9;
    static final int COLUMNS = 10;

    // rows of the meta sheet: key in column A, value in column B
    static final int META_FORMAT = 0;
    static final int META_ASSESSMENT = 1;
    static final int META_QUESTIONNAIRE = 2;
    static final int META_VERSION = 3;
    static final int META_SHEET = 4;
    static final int META_FIRST_PRACTICE = 10;
    static final int LISTS = 4;

    private Layout() {}

    static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    static String cell(int column, int row) {
        return column(column) + (row + 1);
    }
}
