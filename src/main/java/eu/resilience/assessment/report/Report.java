package eu.resilience.assessment.report;

/** A produced report: its file name, media type and content. */
public record Report(String fileName, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
