package cloud.dumont.cli.output;

import cloud.dumont.cli.OutputFormat;
import java.io.PrintWriter;
import java.util.function.Supplier;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a command's result to standard output in the chosen format. JSON and YAML carry the server's records as they
 * are (snake_case, like the REST API), so a script reads the same fields the API documents.
 */
public final class Output {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private static final JsonMapper JSON_LINE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final PrintWriter out;
    private final OutputFormat format;

    public Output(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    /** The value as JSON on one line, for streams of records (one per line). */
    public static String jsonLine(Object value) {
        return JSON_LINE.writeValueAsString(value);
    }

    public boolean isTable() {
        return format == OutputFormat.table;
    }

    /** The value as JSON or YAML, or what {@code forPeople} draws in table mode. */
    public void print(Object value, Supplier<? extends Rendered> forPeople) {
        switch (format) {
            case json -> out.println(JSON.writeValueAsString(value));
            case yaml -> out.print(YAML.writeValueAsString(value));
            case table -> forPeople.get().render(out);
        }
        out.flush();
    }

    /** A sentence for people, or the value for programs (what the action produced). */
    public void done(String sentence, Object value) {
        print(value, () -> o -> o.println(sentence));
    }
}
