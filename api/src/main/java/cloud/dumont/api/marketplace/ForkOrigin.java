package cloud.dumont.api.marketplace;

import java.util.UUID;

/** The template version a fork was copied from. */
public record ForkOrigin(UUID templateId, String name, String authorHandle, String version) {}
