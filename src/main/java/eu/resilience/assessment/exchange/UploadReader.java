package eu.resilience.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded file as a workbook only when it is safe to read: at most {@link #MAX_BYTES} (checked before parsing),
 * an xlsx (not a password-protected, macro-enabled or old binary workbook), within POI's zip-bomb limits, with at most
 * {@link #MAX_ROWS} rows per sheet. Anything else is refused with an {@link ExchangeException} that says why.
 */
public final class UploadReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** An expanded part larger than this is a zip bomb for a file of at most 20 MB. */
    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    // the VBA project of a macro-enabled workbook (other .bin parts, such as printer settings, are harmless)
    private static final Pattern MACROS = Pattern.compile("(?i).*/vbaProject[^/]*\\.bin");

    static {
        // POI's guards against zip bombs: a part may not expand more than 100 times (POI's default ratio), nor beyond
        // 100 MB, nor hold more than 10 M characters of text
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10_000_000);
    }

    private UploadReader() {}

    /** The uploaded file as a workbook, or an {@link ExchangeException} that says why it is refused. */
    public static XSSFWorkbook open(byte[] file) {
        if (file == null || file.length == 0) {
            throw new ExchangeException("exchange.file.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new ExchangeException("exchange.file.too-big", MAX_BYTES / (1024 * 1024));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new ExchangeException("exchange.file.not-xlsx");
        }
        if (magic == FileMagic.OLE2) {
            throw new ExchangeException(isEncrypted(file) ? "exchange.file.encrypted" : "exchange.file.old-format");
        }
        if (magic != FileMagic.OOXML) {
            throw new ExchangeException("exchange.file.not-xlsx");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(file));
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                String type = part.getContentType().toLowerCase(java.util.Locale.ROOT);
                if (MACROS.matcher(name).matches() || type.contains("macroenabled") || type.contains("vbaproject")) {
                    throw new ExchangeException("exchange.file.macros");
                }
            }
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                    workbook.close();
                    throw new ExchangeException("exchange.file.too-many-rows", sheet.getSheetName(), MAX_ROWS);
                }
            }
            return workbook;
        } catch (ExchangeException refused) {
            revert(pkg);
            throw refused;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // whatever POI finds malformed (not a zip, no workbook part, broken XML, a zip bomb) is refused
            revert(pkg);
            throw new ExchangeException(isZipBomb(e) ? "exchange.file.zip-bomb" : "exchange.file.not-xlsx");
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MAX_TEXT_SIZE"))) {
                return true;
            }
        }
        return false;
    }

    /** An OLE2 file with an EncryptionInfo stream is a password-protected OOXML workbook. */
    private static boolean isEncrypted(byte[] file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
