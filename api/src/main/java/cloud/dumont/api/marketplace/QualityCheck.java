package cloud.dumont.api.marketplace;

/**
 * One finding of the publishing pipeline.
 *
 * @param level pass, warn or fail; a version with any fail is never stored
 * @param field the request field it is about (e.g. {@code spec.ports[1].port}), null when general
 */
public record QualityCheck(String code, String level, String field, String message) {}
