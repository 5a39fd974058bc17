package cloud.dumont.api.marketplace;

/**
 * Copies a version of a template into your namespace.
 *
 * @param slug the fork's slug, the original's when absent
 * @param name the fork's name, the original's when absent
 * @param version the version to copy, the latest when absent
 */
public record ForkRequest(String slug, String name, String version) {}
