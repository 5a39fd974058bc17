package cloud.dumont.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rows under a header, each column as wide as its widest cell, two spaces apart, in the plain style of {@code kubectl
 * get}: nothing to strip when the output goes through {@code grep} or {@code awk}.
 */
public final class Table<T> implements Rendered {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, Object>> cells = new ArrayList<>();
    private final List<T> rows;
    private String empty = "Nothing to show.";

    private Table(List<T> rows) {
        this.rows = rows;
    }

    public static <T> Table<T> of(List<T> rows) {
        return new Table<>(rows);
    }

    public Table<T> column(String header, Function<T, Object> cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    /** What to print instead of an empty table. */
    public Table<T> whenEmpty(String message) {
        this.empty = message;
        return this;
    }

    @Override
    public void render(PrintWriter out) {
        if (rows.isEmpty()) {
            out.println(empty);
            return;
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(headers.toArray(String[]::new));
        for (T row : rows) {
            String[] line = new String[cells.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = Cells.text(cells.get(i).apply(row));
            }
            lines.add(line);
        }
        int[] widths = new int[headers.size()];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(line[i]);
                if (i < line.length - 1) {
                    text.append(" ".repeat(widths[i] - line[i].length() + 2));
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
