package cloud.dumont.api.deployment;

import java.util.List;

/**
 * The offers a template can be deployed on, best first.
 *
 * @param message why the list is empty and what to do, or null when there are offers
 * @param simulated true when the offers come from Dumont's simulated cloud
 */
public record OffersResponse(String templateSlug, List<OfferResponse> offers, String message, boolean simulated) {}
