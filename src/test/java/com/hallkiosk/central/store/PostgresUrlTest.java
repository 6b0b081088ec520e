package com.hallkiosk.central.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {
    @Test
    void readsTheLibpqFormIntoJdbcUrlUserAndPassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://central:s%40cr%3At+1@db.example:6543/hallkiosk");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/hallkiosk");
        assertThat(url.user()).isEqualTo("central");
        assertThat(url.password()).isEqualTo("s@cr:t+1");
        assertThat(url.describe()).isEqualTo("PostgreSQL central@db.example:6543/hallkiosk").doesNotContain("s@cr");
    }

    @Test
    void thePortDefaultsTo5432AndCredentialsAreOptional() {
        PostgresUrl url = PostgresUrl.parse("postgres://localhost/central");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/central");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void aUrlWithoutDatabaseIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://user:pw@localhost:5432/"))
                .hasMessageContaining("postgresql://user:password@host:port/database");
    }
}
