package cloud.dumont.api.marketplace;

/** The publisher of a template; {@code verified} marks Dumont's own official templates. */
public record TemplateAuthor(String handle, String name, boolean verified) {}
