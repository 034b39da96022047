package eu.resilience.assessment.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks at start-up that a committed transaction is on disk when the commit returns, since the screens say "Saved" at
 * that moment: on H2, {@code WRITE_DELAY} must be 0 (its default, 500 ms, writes a commit up to half a second later);
 * on PostgreSQL, {@code fsync} and {@code synchronous_commit} must not be off. Refuses to start otherwise, unless
 * {@code resilience.durability.allow-lost-commits=true}, which starts with a loud warning instead.
 */
@Component
class DatabaseDurability implements InitializingBean {

    static final String OVERRIDE = "resilience.durability.allow-lost-commits";

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurability.class);

    private final DataSource dataSource;
    private final boolean allowLostCommits;

    DatabaseDurability(DataSource dataSource, @Value("${" + OVERRIDE + ":false}") boolean allowLostCommits) {
        this.dataSource = dataSource;
        this.allowLostCommits = allowLostCommits;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        List<String> problems = problems();
        if (problems.isEmpty()) {
            return;
        }
        String message = "The database may lose answers that the application has reported as saved: "
                + String.join("; ", problems)
                + ". Change the database settings (README, \"Durability\"), or set " + OVERRIDE
                + "=true to start anyway.";
        if (!allowLostCommits) {
            throw new IllegalStateException(message);
        }
        log.warn("************************************************************************************");
        log.warn("STARTED ON A DATABASE THAT MAY LOSE SAVED ANSWERS ({}=true)", OVERRIDE);
        log.warn(message);
        log.warn("************************************************************************************");
    }

    /** What in the database's effective settings lets a committed transaction be lost; empty when nothing does. */
    List<String> problems() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            List<String> problems = new ArrayList<>();
            if (product.equals("H2")) {
                String path = single(statement, "select database_path()");
                if (path == null) {
                    log.info("Database durability: H2 in memory, nothing is kept after a stop");
                    return problems;
                }
                // listed twice when the URL sets it (the stored setting and the session's): every value must be 0
                String writeDelay = single(
                        statement,
                        "select listagg(distinct setting_value, ', ') from information_schema.settings"
                                + " where setting_name = 'WRITE_DELAY'");
                log.info("Database durability: H2 file {}, WRITE_DELAY {}", path, writeDelay);
                if (!"0".equals(writeDelay)) {
                    problems.add("H2 WRITE_DELAY is " + writeDelay
                            + " ms, so a commit reaches the file that much later (add ;WRITE_DELAY=0 to the URL)");
                }
            } else if (product.equals("PostgreSQL")) {
                String fsync = single(statement, "show fsync");
                String synchronousCommit = single(statement, "show synchronous_commit");
                log.info("Database durability: PostgreSQL fsync {}, synchronous_commit {}", fsync, synchronousCommit);
                if (fsync.equals("off")) {
                    problems.add("PostgreSQL fsync is off, so a commit may never reach the disk (set fsync = on)");
                }
                if (synchronousCommit.equals("off")) {
                    problems.add("PostgreSQL synchronous_commit is off, so a commit is written to disk after it"
                            + " returns (set synchronous_commit = on for the application's database or role)");
                }
            } else {
                problems.add("the database " + product + " is not one whose durability settings the application knows");
            }
            return problems;
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
