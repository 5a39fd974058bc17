package cloud.dumont.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void seedFormBecomesJdbcWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://dumont:dumont123@localhost:5432/dumont_cloud");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/dumont_cloud");
        assertThat(url.username()).isEqualTo("dumont");
        assertThat(url.password()).isEqualTo("dumont123");
        assertThat(url.postgres()).isTrue();
    }

    @Test
    void herokuStyleSchemeEncodedPasswordDefaultPortAndParametersAreKept() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:p%40ss%3Aword@db.internal/prod?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/prod?sslmode=require");
        assertThat(url.password()).isEqualTo("p@ss:word");
    }

    @Test
    void jdbcUrlPassesThroughUntouched() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/test?user=me");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=me");
        assertThat(url.username()).isNull();
    }

    @Test
    void otherSchemesAreRejectedWithoutEchoingCredentials() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:secret@host/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:hunter2@h/db").toString()).doesNotContain("hunter2");
    }
}
