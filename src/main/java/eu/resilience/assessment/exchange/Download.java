package eu.resilience.assessment.exchange;

/** A file produced for download. */
public record Download(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
}
