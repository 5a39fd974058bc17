package cloud.dumont.api.deployment;

/**
 * What a deployment lets an offer be; every host it rents (the first, RoundRobin's next, each racer) meets these.
 *
 * @param maxPricePerHour the most $/h it rents at, storage included; null for any price
 * @param region the region its hosts must be in (e.g. {@code europe}); null for anywhere
 * @param verifiedOnly true when only hosts Vast.ai has verified may be rented
 */
public record DeploymentConstraints(Double maxPricePerHour, String region, boolean verifiedOnly) {}
