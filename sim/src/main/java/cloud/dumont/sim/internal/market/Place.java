package cloud.dumont.sim.internal.market;

import java.util.List;

/**
 * A host location as Vast.ai writes it: {@code "<place>, <CC>"}. Weights follow the market notes:
 * North America and Europe (strong in the east), some Asia, a little elsewhere.
 */
public record Place(String geolocation, int geolocode, int weight) {

    public static final List<Place> ALL = List.of(
            new Place("California, US", 1060, 9),
            new Place("Texas, US", 1048, 8),
            new Place("Washington, US", 1053, 4),
            new Place("Florida, US", 1012, 4),
            new Place("Virginia, US", 1051, 4),
            new Place("Oregon, US", 1041, 3),
            new Place("Quebec, CA", 2024, 4),
            new Place("Ontario, CA", 2035, 3),
            new Place("France, FR", 3250, 4),
            new Place("Germany, DE", 3276, 5),
            new Place("Netherlands, NL", 3528, 4),
            new Place("United Kingdom, GB", 3826, 3),
            new Place("Sweden, SE", 3752, 3),
            new Place("Norway, NO", 3578, 2),
            new Place("Finland, FI", 3246, 2),
            new Place("Spain, ES", 3724, 2),
            new Place("Poland, PL", 3616, 5),
            new Place("Czechia, CZ", 3203, 3),
            new Place("Romania, RO", 3642, 4),
            new Place("Ukraine, UA", 3804, 3),
            new Place("Bulgaria, BG", 3100, 3),
            new Place("Lithuania, LT", 3440, 2),
            new Place("Japan, JP", 4392, 3),
            new Place("South Korea, KR", 4410, 2),
            new Place("Taiwan, TW", 4158, 2),
            new Place("Hong Kong, HK", 4344, 2),
            new Place("Singapore, SG", 4702, 2),
            new Place("Vietnam, VN", 4704, 2),
            new Place("China, CN", 4156, 2),
            new Place("India, IN", 4356, 1),
            new Place("Australia, AU", 5036, 2),
            new Place("Brazil, BR", 6076, 1));

    /** The two-letter country code that filters like {@code geolocation in [US, CA]} match. */
    public String countryCode() {
        return geolocation.substring(geolocation.length() - 2);
    }
}
