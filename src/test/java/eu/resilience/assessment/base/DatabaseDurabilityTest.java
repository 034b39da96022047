package eu.resilience.assessment.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The start-up durability check on real H2 databases: the default file URL, a delayed one, and memory. */
class DatabaseDurabilityTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultFileDatabaseWritesEveryCommitBeforeItReturns() throws Exception {
        DatabaseDurability check = new DatabaseDurability(dataSource(defaultUrl()), false);

        assertThat(check.problems()).isEmpty();
        assertThatNoException().isThrownBy(check::afterPropertiesSet);
    }

    @Test
    void aFileDatabaseThatDelaysItsWritesIsRefusedUnlessExplicitlyAllowed() throws Exception {
        String delayed = defaultUrl().replace("WRITE_DELAY=0", "WRITE_DELAY=500");

        assertThatThrownBy(() -> new DatabaseDurability(dataSource(delayed), false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2 WRITE_DELAY is 500 ms")
                .hasMessageContaining("resilience.durability.allow-lost-commits=true");
        assertThatNoException()
                .isThrownBy(() -> new DatabaseDurability(dataSource(delayed), true).afterPropertiesSet());
    }

    @Test
    void anInMemoryDatabaseHasNothingToWrite() throws Exception {
        var check = new DatabaseDurability(dataSource("jdbc:h2:mem:durability;WRITE_DELAY=500"), false);

        assertThat(check.problems()).isEmpty();
    }

    /** The application's default datasource URL, in the test's folder instead of ./data. */
    private String defaultUrl() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        return defaults.getProperty("spring.datasource.url").replace("./data/", folder.toAbsolutePath() + "/");
    }

    private static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, "sa", "");
    }
}
