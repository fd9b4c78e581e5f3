package fr.guichet.cases.webhook;

import static fr.guichet.cases.webhook.Sql.at;
import static fr.guichet.cases.webhook.Sql.instant;
import static fr.guichet.cases.webhook.Sql.prepare;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The deliveries table as the publisher works it, in short transactions that several replicas of cases-service run
 * side by side: rows are taken with {@code FOR UPDATE SKIP LOCKED}, so a row is handled by one replica, and a
 * claimed delivery is leased for longer than a send can last so that no other replica sends it meanwhile; if the
 * replica dies while sending, the lease runs out and another one sends it again (at least once).
 * <p>
 * It has a connection pool of its own ({@code webhooks} in application.properties), so that a backlog being sent
 * never takes a connection from the API's answers, with local transactions rather than JTA ones (which cost more
 * than a hop's SQL, BENCHMARKS.md) and commits that do not wait for the disk. A database crash may then lose the
 * last fraction of a second of this bookkeeping, never an event: the outbox is written by the change's own
 * transaction, which does wait. What is lost is a suffix (the WAL is written in order): deliveries recorded as
 * received go out once more, in their order, and events fanned out are fanned out again, with their webhook-id
 * unchanged, so that receivers recognise the duplicates that at-least-once delivery already allows.
 */
@ApplicationScoped
class DeliveryQueue {

    /**
     * Turns new outbox events into one delivery per subscription of an organisation that may see the case (it
     * filed it or sits at its table) and wants that type, made before the event. {@code published_at} marks the
     * events so fanned out. Answers how many events were taken.
     */
    private static final String FAN_OUT = """
            with taken as (
                select id, case_id, type, created_at from outbox_event where published_at is null
                order by id limit ? for update skip locked
            ), queued as (
                insert into webhook_delivery (subscription_id, event_id, case_id, state, next_attempt_at, created_at)
                select s.id, e.id, e.case_id, 'PENDING', ?, ?
                from taken e
                join case_file c on c.id = e.case_id
                join webhook_subscription s on s.status <> 'DISABLED' and e.type = any (s.event_types)
                    and s.created_at <= e.created_at
                    and (c.created_by_org = s.organisation or s.organisation = any (c.partner_organisations))
                order by e.id
                returning 1
            )
            update outbox_event set published_at = ? where id in (select id from taken)""";

    /** Held until the transaction ends by whichever replica fans out; the number names it (ASCII "webhook"). */
    private static final String FAN_OUT_LOCK = "select pg_try_advisory_xact_lock(" + 0x776562686f6f6bL + ")";

    /** What a claim answers of each delivery it took: see {@link #delivery}. */
    private static final String CLAIMED = """
            returning d.id, d.attempts, d.created_at, e.id, e.type, (e.payload - 'reference')::text, e.created_at, c.id, c.reference,
                      s.id, s.url, s.secret, s.previous_secret, s.previous_secret_until""";

    /**
     * The due deliveries of active subscriptions, each the oldest still pending of its case for its subscription:
     * a case's events leave in order, the next only once the one before was delivered or given up.
     */
    private static final String CLAIM = """
            with due as (
                select d.id from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                where d.state = 'PENDING' and d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until <= ?)
                  and not exists (select 1 from webhook_delivery p
                                  where p.subscription_id = d.subscription_id and p.case_id = d.case_id
                                    and p.state = 'PENDING' and (p.event_id, p.id) < (d.event_id, d.id))
                order by d.next_attempt_at, d.id limit ?
                for update of d skip locked
            )
            update webhook_delivery d set attempts = d.attempts + 1, leased_until = ?
            from due, outbox_event e, case_file c, webhook_subscription s
            where d.id = due.id and e.id = d.event_id and c.id = d.case_id and s.id = d.subscription_id
            """ + CLAIMED;

    /**
     * The case's next deliveries for the same subscription, up to a run's length, as long as they are due: sending a
     * case's backlog needs no pass over the whole queue ({@link #CLAIM}) for each of its events, and records a run in
     * one transaction. It stops before the first one not due, which must go out before those after it, and it waits
     * for a lock another replica holds rather than skip it: skipping the oldest would take the one after it.
     */
    private static final String CLAIM_RUN = """
            with pending as (
                select d.id, d.event_id, d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until <= ?) as due
                from webhook_delivery d
                where d.subscription_id = ? and d.case_id = ? and d.state = 'PENDING'
                order by d.event_id, d.id limit ?
                for update of d
            ), run as (
                select p.id from pending p
                where p.due and not exists (select 1 from pending q where not q.due and (q.event_id, q.id) < (p.event_id, p.id))
            )
            update webhook_delivery d set attempts = d.attempts + 1, leased_until = ?
            from run, outbox_event e, case_file c, webhook_subscription s
            where d.id = run.id and e.id = d.event_id and c.id = d.case_id and s.id = d.subscription_id
              and s.status = 'ACTIVE'
            """ + CLAIMED;

    @Inject
    @DataSource("webhooks")
    AgroalDataSource database;

    @Inject
    SecretSeal seal;

    /**
     * One replica fans out at a time (the others go on sending), so that the events of a case become deliveries in
     * the order of their ids, which is the order they committed in ({@code Outbox}).
     */
    public int fanOut(Instant now, int batch) {
        return inTransaction("Outbox events could not be fanned out", connection -> {
            try (PreparedStatement lock = prepare(connection, FAN_OUT_LOCK); ResultSet taken = lock.executeQuery();
                    PreparedStatement fanOut = prepare(connection, FAN_OUT, batch, at(now), at(now), at(now))) {
                return taken.next() && taken.getBoolean(1) ? fanOut.executeUpdate() : 0;
            }
        });
    }

    public List<Delivery> claim(Instant now, Instant leaseEnd, int batch) {
        return inTransaction("Webhook deliveries could not be claimed", connection -> {
            try (PreparedStatement claim = prepare(connection, CLAIM, at(now), at(now), batch, at(leaseEnd));
                    ResultSet rows = claim.executeQuery()) {
                List<Delivery> claimed = new ArrayList<>();
                while (rows.next()) {
                    claimed.add(delivery(rows, now));
                }
                return claimed;
            }
        });
    }

    /**
     * Records in one transaction what became of a run of a case's deliveries to one subscription (those received,
     * then at most the one that was not, where the run stopped) and puts back those left unsent; then, when the run
     * was received to its end and {@code leaseEnd} is given, claims the case's next run of up to {@code length}.
     * A delivery received after its endpoint was failing means the endpoint is up again: its subscription's
     * deliveries waiting for a retry are due now rather than at the end of their backoff (after a long outage, up
     * to a minute away).
     */
    public List<Delivery> settle(List<Attempt> attempts, List<Delivery> unsent, Instant now, Instant leaseEnd, int length) {
        return inTransaction("A run of webhook deliveries could not be recorded", connection -> {
            List<Attempt> received = attempts.stream().filter(Attempt::wasReceived).toList();
            if (!received.isEmpty()) {
                delivered(connection, received, now);
            }
            for (Attempt attempt : attempts) {
                if (!attempt.wasReceived()) {
                    failed(connection, attempt, now);
                }
            }
            if (!unsent.isEmpty()) {
                update(connection, "update webhook_delivery set attempts = attempts - 1, leased_until = null where id = any (?)",
                        ids(connection, unsent.stream().map(Delivery::id)));
            }
            boolean receivedToTheEnd = unsent.isEmpty() && !attempts.isEmpty() && attempts.get(attempts.size() - 1).wasReceived();
            return leaseEnd != null && receivedToTheEnd ? claimRun(connection, attempts.get(0).delivery(), now, leaseEnd, length)
                    : List.of();
        });
    }

    private static void delivered(Connection connection, List<Attempt> received, Instant now) throws SQLException {
        UUID subscription = received.get(0).delivery().target().subscriptionId();
        boolean wasFailing = update(connection, """
                with received as (
                    update webhook_delivery d set state = 'DELIVERED', last_status = r.status, last_latency_ms = r.latency,
                        last_error = null, leased_until = null, ended_at = ?
                    from unnest(?::bigint[], ?::int[], ?::int[]) as r(id, status, latency)
                    where d.id = r.id and d.state = 'PENDING'
                )
                update webhook_subscription set failing_since = null where id = ? and failing_since is not null""",
                at(now), ids(connection, received.stream().map(attempt -> attempt.delivery().id())),
                connection.createArrayOf("int", received.stream().map(Attempt::status).toArray()),
                connection.createArrayOf("int", received.stream().map(attempt -> attempt.latencyMillis().intValue()).toArray()),
                subscription) == 1;
        if (wasFailing) {
            update(connection, """
                    update webhook_delivery set next_attempt_at = ?
                    where subscription_id = ? and state = 'PENDING' and attempts > 0 and next_attempt_at > ?
                      and (leased_until is null or leased_until <= ?)""", at(now), subscription, at(now), at(now));
        }
    }

    private static void failed(Connection connection, Attempt attempt, Instant now) throws SQLException {
        Delivery delivery = attempt.delivery();
        update(connection, "update webhook_subscription set failing_since = ? where id = ? and failing_since is null",
                at(now), delivery.target().subscriptionId());
        update(connection, """
                update webhook_delivery set state = ?, last_status = ?, last_latency_ms = ?, last_error = ?,
                    next_attempt_at = coalesce(?, next_attempt_at), leased_until = null, ended_at = ?
                where id = ? and state = 'PENDING'""",
                attempt.retryAt() == null ? "DEAD" : "PENDING", attempt.status(),
                attempt.latencyMillis() == null ? null : attempt.latencyMillis().intValue(), attempt.error(),
                attempt.retryAt() == null ? null : at(attempt.retryAt()), attempt.retryAt() == null ? at(now) : null,
                delivery.id());
        if (attempt.gone()) {
            update(connection, "update webhook_subscription set status = 'DISABLED', updated_at = ? where id = ?", at(now),
                    delivery.target().subscriptionId());
        }
    }

    private List<Delivery> claimRun(Connection connection, Delivery after, Instant now, Instant leaseEnd, int length)
            throws SQLException {
        try (PreparedStatement claim = prepare(connection, CLAIM_RUN, at(now), at(now), after.target().subscriptionId(),
                after.event().caseId(), length, at(leaseEnd)); ResultSet rows = claim.executeQuery()) {
            List<Delivery> run = new ArrayList<>();
            while (rows.next()) {
                run.add(delivery(rows, now));
            }
            run.sort(Comparator.comparingLong((Delivery delivery) -> delivery.event().id()).thenComparingLong(Delivery::id));
            return run;
        }
    }

    private static Array ids(Connection connection, Stream<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }

    private Delivery delivery(ResultSet rows, Instant now) throws SQLException {
        UUID subscription = rows.getObject(10, UUID.class);
        List<String> secrets = new ArrayList<>(List.of(seal.open(rows.getString(12), subscription)));
        Instant previousUntil = instant(rows, 14);
        if (rows.getString(13) != null && previousUntil != null && previousUntil.isAfter(now)) {
            secrets.add(seal.open(rows.getString(13), subscription));
        }
        return new Delivery(rows.getLong(1), rows.getInt(2), instant(rows, 3),
                new Delivery.Event(rows.getLong(4), rows.getString(5), rows.getString(6), instant(rows, 7),
                        rows.getObject(8, UUID.class), rows.getString(9)),
                new Delivery.Target(subscription, rows.getString(11), List.copyOf(secrets)));
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String failure, Work<T> work) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }
}
