package cloud.dumont.catalog;

import cloud.dumont.api.catalog.TemplateResponse;
import java.util.List;

/** The cached form of the official catalog: a concrete type so a shared Redis cache can read it back. */
public record TemplateListing(List<TemplateResponse> templates) {}
