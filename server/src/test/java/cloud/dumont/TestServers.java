package cloud.dumont;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real servers some tests need. Where one is absent on a developer's machine the test says so and is skipped; CI
 * starts both, so there they always run.
 */
public final class TestServers {

    public static final String POSTGRES_HOST = "127.0.0.1";
    public static final int POSTGRES_PORT = 5432;
    private static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String REDIS_URL = "redis://127.0.0.1:6379";

    private TestServers() {}

    public static void assumePostgres() {
        require(postgresListening(), "PostgreSQL is not listening on 127.0.0.1:5432");
    }

    public static void assumeRedis() {
        require(listening("127.0.0.1", 6379), "Redis is not listening on 127.0.0.1:6379");
    }

    /** Skips on a developer's machine; in CI ({@code CI=true}) a missing server is a failure, not a skip. */
    private static void require(boolean available, String problem) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(available, problem + " in CI, where .ci/run starts it");
        }
        assumeTrue(available, problem + "; skipping (CI runs this test)");
    }

    /** A fresh, empty schema in the {@code test} database for one test class; skips (or fails in CI) without PostgreSQL. */
    public static void recreatePostgresSchema(String schema) throws SQLException {
        assumePostgres();
        executeOnPostgres("drop schema if exists " + schema + " cascade", "create schema " + schema);
    }

    /** Drops a test class's schema when PostgreSQL is there to drop it from. */
    public static void dropPostgresSchema(String schema) throws SQLException {
        if (postgresListening()) {
            executeOnPostgres("drop schema if exists " + schema + " cascade");
        }
    }

    private static void executeOnPostgres(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    public static boolean postgresListening() {
        return listening(POSTGRES_HOST, POSTGRES_PORT);
    }

    static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
