package cloud.dumont.catalog;

import java.util.regex.Pattern;

/** The semantic-version rules the catalog needs: MAJOR.MINOR.PATCH with an optional pre-release tag. */
public final class SemVer {

    private static final Pattern SEMVER =
            Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})(-[0-9A-Za-z.-]{1,20})?");

    private SemVer() {}

    public static boolean valid(String version) {
        return version != null && SEMVER.matcher(version).matches();
    }

    /** {@code 1.4.2} becomes {@code 1.5.0}. */
    public static String nextMinor(String version) {
        int[] v = numbers(version);
        return v[0] + "." + (v[1] + 1) + ".0";
    }

    /** Orders by MAJOR, MINOR, PATCH; a pre-release sorts before its release (1.0.0-rc1 < 1.0.0). */
    public static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        String preA = preRelease(a);
        String preB = preRelease(b);
        if (preA.isEmpty() || preB.isEmpty()) {
            return Boolean.compare(preA.isEmpty(), preB.isEmpty());
        }
        return preA.compareTo(preB);
    }

    private static int[] numbers(String version) {
        String core = version.split("-", 2)[0];
        String[] parts = core.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a MAJOR.MINOR.PATCH version: " + version);
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static String preRelease(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? "" : version.substring(dash + 1);
    }
}
