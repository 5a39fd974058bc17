package cloud.dumont.deployment.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The regions a user may keep a deployment in, each a fixed set of the two-letter country codes that end a Vast.ai
 * geolocation ("Quebec, CA"). A person choosing where a GPU runs thinks in latency and data rules by continent, not in
 * the forty-odd countries hosts sit in, so five coarse regions cover the choice; countries on a border go where their
 * hosts' network usually peers (Turkey and Russia with Europe, Mexico and Central America with North America). A
 * country missing here is simply in no region: its hosts are offered only to deploys without a region.
 */
public enum OfferRegion {
    north_america("North America", Set.of("US", "CA", "MX", "PR", "CR", "PA", "GT")),
    europe(
            "Europe",
            Set.of(
                    "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
                    "GR", "HR", "HU", "IE", "IS", "IT", "LT", "LU", "LV", "MD", "ME", "MK", "MT", "NL", "NO", "PL",
                    "PT", "RO", "RS", "RU", "SE", "SI", "SK", "TR", "UA")),
    asia_pacific(
            "Asia-Pacific",
            Set.of(
                    "AU", "BD", "CN", "HK", "ID", "IN", "JP", "KR", "KZ", "MY", "NZ", "PH", "PK", "SG", "TH", "TW",
                    "VN")),
    south_america("South America", Set.of("AR", "BO", "BR", "CL", "CO", "EC", "PE", "PY", "UY", "VE")),
    africa_middle_east(
            "Africa / Middle East",
            Set.of(
                    "AE", "BH", "DZ", "EG", "GH", "IL", "JO", "KE", "KW", "LB", "MA", "NG", "OM", "QA", "SA", "TN",
                    "ZA"));

    private final String label;
    private final Set<String> countryCodes;

    OfferRegion(String label, Set<String> countryCodes) {
        this.label = label;
        this.countryCodes = countryCodes;
    }

    public String label() {
        return label;
    }

    public Set<String> countryCodes() {
        return countryCodes;
    }

    public boolean contains(String countryCode) {
        return countryCode != null && countryCodes.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /** The region with this id ({@code europe}); empty for an unknown one. Case and hyphens are forgiven. */
    public static Optional<OfferRegion> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
    }

    /** The ids a request may name, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
