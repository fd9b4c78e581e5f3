package fr.guichet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every test run a real PostgreSQL. By default an embedded PostgreSQL 17 (the official binaries
 * packaged on Maven Central) is started under {@code target/}; set {@code GUICHET_TEST_DB_URL} (with
 * {@code GUICHET_TEST_DB_USER} and {@code GUICHET_TEST_DB_PASSWORD}) to use an external, disposable
 * database instead: the tests clean it at start.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String EXTERNAL_URL = "GUICHET_TEST_DB_URL";
    private static final String DATABASE = "guichet_test";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String externalUrl = System.getenv(EXTERNAL_URL);
        if (externalUrl != null && !externalUrl.isBlank()) {
            return datasource(externalUrl,
                    System.getenv().getOrDefault("GUICHET_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("GUICHET_TEST_DB_PASSWORD", ""));
        }
        postgres = startEmbedded();
        createDatabase();
        return datasource("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE, "postgres", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        Path target = Path.of(System.getProperty("guichet.test.target-dir", "target"));
        try {
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(target.resolve("embedded-pg").toFile())
                    // one folder per run, so that two runs of one module's tests never share a cluster
                    .setDataDirectory(target.resolve("embedded-pg-data-" + UUID.randomUUID()))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    // the library's 10 s was once too short for the stack's PostgreSQL on a busy CI machine
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private void createDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }
}
