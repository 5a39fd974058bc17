package cloud.dumont.api.catalog;

/** What the first start of a template downloads beyond its image, and roughly how long that takes. */
public record FirstBoot(int downloadGb, int estimatedMinutes, String note) {}
