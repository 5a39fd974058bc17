package cloud.dumont.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** One thing described field by field ({@code Name:  value}), labels aligned, empty fields left out. */
public final class Details implements Rendered {

    private record Field(String label, String value) {}

    private final List<Field> fields = new ArrayList<>();
    private final List<String> trailer = new ArrayList<>();

    public static Details of() {
        return new Details();
    }

    public Details field(String label, Object value) {
        String text = Cells.text(value);
        if (!text.isEmpty() && !text.equals("-")) {
            fields.add(new Field(label, text));
        }
        return this;
    }

    /** Free text after the fields (a README, a list), separated by a blank line. */
    public Details section(String title, String text) {
        if (text != null && !text.isBlank()) {
            trailer.add("");
            trailer.add(title + ":");
            text.lines().forEach(line -> trailer.add("  " + line));
        }
        return this;
    }

    @Override
    public void render(PrintWriter out) {
        int width = fields.stream().mapToInt(f -> f.label().length()).max().orElse(0) + 1;
        for (Field f : fields) {
            out.println((f.label() + ":" + " ".repeat(width - f.label().length() + 1) + f.value()).stripTrailing());
        }
        trailer.forEach(out::println);
    }
}
