package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.UpdateRequest;
import cloud.dumont.cli.UserError;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A template description in a YAML or JSON file (JSON is YAML too), with the fields of the API's request named as the
 * API names them ({@code docker_image}, {@code health_path}). A misspelt field is an error, not silently dropped.
 */
final class TemplateFile {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(UpdateRequest.class, SlugIgnored.class)
            .build();

    /** An update may read the file the template was published from: its slug never changes, so it is skipped. */
    @JsonIgnoreProperties("slug")
    private interface SlugIgnored {}

    private TemplateFile() {}

    /** Reads {@code file} ({@code -} for standard input) as a {@code type}; any problem is one line of user error. */
    static <T> T read(String file, Class<T> type, BufferedReader stdin) {
        String text = text(file, stdin);
        if (text.isBlank()) {
            throw new UserError(file + " is empty");
        }
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new UserError(file + " holds no template");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            // Named by its path: the parser's position is already past the field (its value skipped).
            throw new UserError(file + ": unknown field '" + field(e) + "'");
        } catch (JacksonException e) {
            String field = field(e);
            throw new UserError(file + where(e) + ": " + (field.isEmpty() ? "" : field + ": ")
                    + e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
        }
    }

    private static String text(String file, BufferedReader stdin) {
        if (file.equals("-")) {
            return stdin.lines().collect(Collectors.joining("\n"));
        }
        try {
            return Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UserError("No such file: " + file);
        } catch (IOException e) {
            throw new UserError("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The field as the file names it, e.g. {@code spec.ports[0].port}. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " line " + e.getLocation().getLineNr();
    }
}
