package cloud.dumont.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the catalog that ships inside the server: official templates, their guides, models, GPU models. */
public final class CatalogFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogFiles() {}

    static List<OfficialTemplateDefinition> officialTemplates() {
        return read("catalog/official-templates.yaml", new TypeReference<>() {});
    }

    static List<ModelDefinition> models() {
        return read("catalog/models.yaml", new TypeReference<>() {});
    }

    public static <T> List<T> read(String path, TypeReference<List<T>> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static String guide(String file) {
        try (InputStream in = new ClassPathResource("catalog/guides/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read guide " + file, e);
        }
    }
}
