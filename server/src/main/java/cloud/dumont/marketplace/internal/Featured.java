package cloud.dumont.marketplace.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The templates admins chose to feature, in their chosen order. */
@Component
public class Featured {

    private final JdbcClient jdbc;

    Featured(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UUID> featuredIds() {
        return jdbc.sql("select template_id from featured_templates order by position, featured_at")
                .query(UUID.class)
                .list();
    }
}
