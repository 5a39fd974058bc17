package cloud.dumont.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamp with time zone} columns: as OffsetDateTime in UTC, the type both the H2 and
 * the PostgreSQL drivers map those columns to.
 */
public final class SqlTimes {

    private SqlTimes() {}

    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
