package cloud.dumont.cli.deploy;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** {@code 90s}, {@code 15m}, {@code 1h}, {@code 2d}, or an ISO-8601 duration such as {@code PT15M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new CommandLine.TypeConversionException("");
            };
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 15m or 1h");
        }
    }
}
