package org.townreform.license.catalogue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded catalogue file into rows of text cells, whatever it is: an Excel workbook ({@code .xlsx}, or the
 * {@code .xls} the original catalogue was) through Apache POI, or CSV. The file's content decides, not its name, so a
 * renamed file is read for what it is; anything else is refused with {@link UnreadableFileException}.
 */
public final class SheetReader {
    /** The most data rows one import takes (a county catalogue has a few hundred). */
    public static final int MAX_ROWS = 5000;

    private static final int MAX_COLUMNS = 60;

    private SheetReader() {
    }

    /** A row as numbered in the file (1-based, as a spreadsheet program shows it) with its cells as text. */
    public record SheetRow(int number, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The file cannot be read as a spreadsheet or CSV at all. */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public static List<SheetRow> read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        if (isZip(bytes) || isOle2(bytes)) {
            return readWorkbook(bytes);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new UnreadableFileException("the file is named like an Excel workbook but is not one");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("the file is neither an Excel workbook (.xlsx, .xls) nor CSV text");
        }
        List<List<String>> parsed;
        try {
            parsed = CsvParser.parse(CsvParser.decode(bytes));
        } catch (CsvParser.MalformedCsvException e) {
            throw new UnreadableFileException("the CSV cannot be read: " + e.getMessage());
        }
        if (parsed.size() > MAX_ROWS + 1) {
            throw new UnreadableFileException("the file has more than " + MAX_ROWS + " rows");
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            rows.add(new SheetRow(i + 1, parsed.get(i)));
        }
        return rows;
    }

    private static List<SheetRow> readWorkbook(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("the workbook has no sheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new UnreadableFileException("the sheet has more than " + MAX_ROWS + " rows");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // POI signals a broken or hostile file with many exception types (and guards against zip bombs).
            throw new UnreadableFileException("the Excel workbook cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle()
                        .getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /** NUL bytes or many control characters in the first kilobytes: not text. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x09 || (v > 0x0D && v < 0x20)) {
                control++;
            }
        }
        return control * 20 > n;
    }
}
