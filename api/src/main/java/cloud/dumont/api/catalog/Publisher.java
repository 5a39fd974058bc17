package cloud.dumont.api.catalog;

/** Who publishes a template; {@code official} marks Dumont's own, verified templates. */
public record Publisher(String handle, String name, boolean official) {}
