package cloud.dumont.deployment.internal;

import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What the user allows an offer to be: at most a price, in a region, on a verified host or not. A deployment keeps its
 * constraints, and every offer it tries (the first pick, RoundRobin's next host, each racer) must meet them.
 *
 * @param maxPricePerHour the most $/h (storage included), or null for any price
 * @param region only hosts in this region, or null for anywhere
 * @param verifiedOnly only hosts the provider has verified (the default); false lets cheaper, riskier hosts in
 */
public record OfferConstraints(Double maxPricePerHour, OfferRegion region, boolean verifiedOnly) {

    /** Any price, anywhere, verified hosts only: what every deploy got before constraints existed. */
    public static final OfferConstraints NONE = new OfferConstraints(null, null, true);

    public static OfferConstraints maxPrice(Double maxPricePerHour) {
        return new OfferConstraints(maxPricePerHour, null, true);
    }

    /**
     * The constraints a request names; an unknown region is refused as a 422 naming {@code regionField}, before
     * anything is stored.
     */
    public static OfferConstraints of(Double maxPricePerHour, String region, Boolean verifiedOnly, String regionField) {
        OfferRegion found = null;
        if (region != null && !region.isBlank()) {
            found = OfferRegion.find(region)
                    .orElseThrow(() -> ProblemException.withFieldErrors(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-region",
                            "Unknown region",
                            "There is no region '" + region + "'",
                            List.of(new ProblemException.FieldProblem(
                                    regionField, "must be one of " + OfferRegion.ids()))));
        }
        return new OfferConstraints(maxPricePerHour, found, verifiedOnly == null || verifiedOnly);
    }

    /** The country codes an offer search is limited to, or null for anywhere. */
    public Set<String> countryCodes() {
        return region == null ? null : region.countryCodes();
    }

    /** True when the offer meets every constraint. */
    public boolean admits(CloudOffer offer) {
        return (maxPricePerHour == null || offer.pricePerHour() <= maxPricePerHour + 1e-9)
                && (region == null || region.contains(offer.countryCode()))
                && (!verifiedOnly || offer.verified());
    }

    /** Why the offer falls outside, in words, or null when it does not. */
    public String whyNot(CloudOffer offer) {
        if (maxPricePerHour != null && offer.pricePerHour() > maxPricePerHour + 1e-9) {
            return String.format(
                    java.util.Locale.ROOT,
                    "costs $%.3f/h, above the maximum of $%.2f/h",
                    offer.pricePerHour(),
                    maxPricePerHour);
        }
        if (region != null && !region.contains(offer.countryCode())) {
            return "is in " + offer.location() + ", outside " + region.label();
        }
        if (verifiedOnly && !offer.verified()) {
            return "is on an unverified host";
        }
        return null;
    }
}
