package cloud.dumont.market.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The region of a host from the country code Vast.ai ends its location with ({@code "Quebec, CA"}). Regions are
 * continents as renters think of latency: what matters is near or far, not borders.
 */
final class Regions {

    static final String ALL = "all";
    static final String OTHER = "other";

    private static final Map<String, Set<String>> COUNTRIES = Map.of(
            "north-america", Set.of("US", "CA", "MX"),
            "south-america", Set.of("BR", "AR", "CL", "CO", "PE", "UY"),
            "europe",
                    Set.of(
                            "GB", "IE", "FR", "DE", "NL", "BE", "LU", "CH", "AT", "IT", "ES", "PT", "SE", "NO", "FI",
                            "DK", "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "UA", "LT", "LV", "EE", "SI", "HR",
                            "RS", "MD", "BY", "RU"),
            "asia",
                    Set.of(
                            "JP", "KR", "TW", "HK", "SG", "VN", "CN", "IN", "TH", "MY", "ID", "PH", "IL", "AE", "TR",
                            "KZ", "SA", "QA"),
            "oceania", Set.of("AU", "NZ"),
            "africa", Set.of("ZA", "EG", "NG", "KE", "MA"));

    private Regions() {}

    static String of(String location) {
        if (location == null) {
            return OTHER;
        }
        String code = location.substring(location.lastIndexOf(',') + 1).strip().toUpperCase(Locale.ROOT);
        if (code.length() != 2) {
            return OTHER; // a spelled-out country ("California, United States") is rare enough to leave unplaced
        }
        return COUNTRIES.entrySet().stream()
                .filter(e -> e.getValue().contains(code))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(OTHER);
    }
}
