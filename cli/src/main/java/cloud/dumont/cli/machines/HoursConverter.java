package cloud.dumont.cli.machines;

import java.util.Locale;
import picocli.CommandLine;

/** A blacklisting's length in whole hours, the server's unit: {@code 24h}, {@code 3d} or {@code 1w}. */
final class HoursConverter implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            int amount = Integer.parseInt(v.substring(0, v.length() - 1));
            int hours =
                    switch (v.charAt(v.length() - 1)) {
                        case 'h' -> amount;
                        case 'd' -> Math.multiplyExact(amount, 24);
                        case 'w' -> Math.multiplyExact(amount, 24 * 7);
                        default -> throw new NumberFormatException();
                    };
            if (hours < 1) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a length such as 12h, 3d or 1w");
        }
    }
}
