package eu.resilience.assessment.report;

import eu.resilience.assessment.report.excel.DataExport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The full data export's writer on about 1,000,000 answer rows (2,800 organizations x 357 practices = 999,600; pseudonymous codes,
 * inert text cells, auto-filter, frozen header) against raw SXSSF writing of the same cells, in a small heap. The
 * database read is not included: see {@code PartnershipReportTest} for the export through the service.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.report.DataExportBenchmark -Dbenchmark.jvm=-Xmx256m}
 */
public final class DataExportBenchmark {

    private static final int ORGANIZATIONS = 2_800;
    private static final int PRACTICES = 357;
    private static final String[] SECTORS = {"energy", "health", "transport", "banking", "drinking-water"};
    private static final String[] OPTIONS = {"step-1", "step-2", "step-3", "step-4", "step-5"};

    private DataExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        System.out.printf(
                "max heap %d MB, %,d rows%n", Runtime.getRuntime().maxMemory() >> 20, ORGANIZATIONS * PRACTICES);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        for (int round = 1; round <= 2; round++) {
            time("raw SXSSF", round, dir.resolve("raw.xlsx"), DataExportBenchmark::raw);
            time("data export writer", round, dir.resolve("export.xlsx"), DataExportBenchmark::export);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void time(String what, int round, Path file, Writer writer) throws IOException {
        System.gc();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.write(out);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "round %d, %s: %.1f s, %,d bytes, heap in use after %d MB%n",
                round,
                what,
                (System.nanoTime() - start) / 1e9,
                Files.size(file),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void raw(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("Answers");
            Row header = sheet.createRow(0);
            String[] titles = {"Organization code", "Sector", "Practice", "Answer", "N/A", "Evidence", "Flagged"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = 1;
            for (int o = 0; o < ORGANIZATIONS; o++) {
                String code = String.format("ORG-%012x", o * 7919L);
                for (int p = 0; p < PRACTICES; p++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(code);
                    row.createCell(1).setCellValue(SECTORS[o % SECTORS.length]);
                    row.createCell(2).setCellValue("P." + p);
                    row.createCell(3).setCellValue(OPTIONS[(o + p) % OPTIONS.length]);
                    row.createCell(4).setCellValue(p % 17 == 0);
                    row.createCell(5).setCellValue(p % 3 == 0);
                    row.createCell(6).setCellValue(false);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void export(OutputStream out) {
        try (DataExport export = new DataExport(
                "Answers", "Organization code", "Sector", "Practice", "Answer", "N/A", "Evidence", "Flagged")) {
            for (int o = 0; o < ORGANIZATIONS; o++) {
                String code = String.format("R-%010x", o * 2654435761L);
                String sector = SECTORS[o % SECTORS.length];
                for (int p = 0; p < PRACTICES; p++) {
                    int practice = p;
                    int organization = o;
                    export.row(row -> row.text(0, code)
                            .text(1, sector)
                            .text(2, "P." + practice)
                            .text(3, OPTIONS[(organization + practice) % OPTIONS.length])
                            .bool(4, practice % 17 == 0)
                            .bool(5, practice % 3 == 0)
                            .bool(6, false));
                }
            }
            export.write(out, 7);
        }
    }
}
