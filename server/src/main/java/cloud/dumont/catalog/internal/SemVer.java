package cloud.dumont.catalog.internal;

/** The few semantic-version steps the catalog needs. */
final class SemVer {

    private SemVer() {}

    /** {@code 1.4.2} becomes {@code 1.5.0}. */
    static String nextMinor(String version) {
        String[] parts = version.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a MAJOR.MINOR.PATCH version: " + version);
        }
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0";
    }
}
