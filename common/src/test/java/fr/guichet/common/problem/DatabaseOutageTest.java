package fr.guichet.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void a_refused_or_broken_connection_deep_in_the_causes_is_an_outage() {
        assertTrue(DatabaseOutage.causes(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("Connection refused", "08001")))));
        assertTrue(DatabaseOutage.causes(new SQLException("An I/O error occurred", "08006")));
        assertTrue(DatabaseOutage.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
    }

    @Test
    void a_bug_or_a_constraint_is_not_an_outage() {
        assertFalse(DatabaseOutage.causes(new NullPointerException()));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new SQLException("no state")));
    }
}
