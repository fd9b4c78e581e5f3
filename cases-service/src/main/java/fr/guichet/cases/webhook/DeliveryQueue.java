package fr.guichet.cases.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The deliveries table, in short transactions that several replicas of cases-service run side by side: rows are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so a row is handled by one replica, and a claimed delivery is leased
 * for longer than a send can last so that no other replica sends it meanwhile; if the replica dies while sending,
 * the lease runs out and another one sends it again (at least once).
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
            returning d.id, d.attempts, d.created_at, e.id, e.type, e.payload::text, e.created_at, c.id, c.reference,
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
     * The case's next delivery for the same subscription once one was delivered, if it is due: sending a case's
     * backlog one after another needs no pass over the whole queue ({@link #CLAIM}) for each of its events. It waits
     * for a lock another replica holds rather than skip it: skipping the oldest would take the one after it.
     */
    private static final String CLAIM_NEXT = """
            with next as (
                select d.id from webhook_delivery d
                where d.subscription_id = ? and d.case_id = ? and d.state = 'PENDING'
                order by d.event_id, d.id limit 1
                for update of d
            )
            update webhook_delivery d set attempts = d.attempts + 1, leased_until = ?
            from next, outbox_event e, case_file c, webhook_subscription s
            where d.id = next.id and e.id = d.event_id and c.id = d.case_id and s.id = d.subscription_id
              and s.status = 'ACTIVE' and d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until <= ?)
            """ + CLAIMED;

    @Inject
    AgroalDataSource database;

    @Inject
    SecretSeal seal;

    /**
     * One replica fans out at a time (the others go on sending), so that the events of a case become deliveries in
     * the order of their ids, which is the order they committed in ({@code Outbox}).
     */
    @Transactional
    public int fanOut(Instant now, int batch) {
        try (Connection connection = database.getConnection(); PreparedStatement lock = prepare(connection, FAN_OUT_LOCK);
                ResultSet taken = lock.executeQuery(); PreparedStatement fanOut = prepare(connection, FAN_OUT, batch, at(now),
                        at(now), at(now))) {
            return taken.next() && taken.getBoolean(1) ? fanOut.executeUpdate() : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox events could not be fanned out", e);
        }
    }

    @Transactional
    public List<Delivery> claim(Instant now, Instant leaseEnd, int batch) {
        try (Connection connection = database.getConnection(); PreparedStatement claim = prepare(connection, CLAIM,
                at(now), at(now), batch, at(leaseEnd)); ResultSet rows = claim.executeQuery()) {
            List<Delivery> claimed = new ArrayList<>();
            while (rows.next()) {
                claimed.add(delivery(rows, now));
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook deliveries could not be claimed", e);
        }
    }

    /** The next delivery of the case {@code after} was about, to the same subscription, claimed if it is due now. */
    @Transactional
    public Optional<Delivery> claimNext(Delivery after, Instant now, Instant leaseEnd) {
        try (Connection connection = database.getConnection(); PreparedStatement claim = prepare(connection, CLAIM_NEXT,
                after.target().subscriptionId(), after.event().caseId(), at(leaseEnd), at(now), at(now));
                ResultSet rows = claim.executeQuery()) {
            return rows.next() ? Optional.of(delivery(rows, now)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook deliveries could not be claimed", e);
        }
    }

    /**
     * A delivery received. If the endpoint was failing, it is up again: its subscription's deliveries waiting for a
     * retry are due now rather than at the end of their backoff (which, after a long outage, may be an hour away).
     */
    @Transactional
    public void delivered(Delivery delivery, int status, long latencyMillis, Instant now) {
        update("""
                update webhook_delivery set state = 'DELIVERED', last_status = ?, last_latency_ms = ?, last_error = null,
                    leased_until = null, ended_at = ? where id = ? and state = 'PENDING'""",
                status, (int) latencyMillis, at(now), delivery.id());
        boolean wasFailing = update("update webhook_subscription set failing_since = null where id = ? and failing_since is not null",
                delivery.target().subscriptionId()) == 1;
        if (wasFailing) {
            update("""
                    update webhook_delivery set next_attempt_at = ?
                    where subscription_id = ? and state = 'PENDING' and attempts > 0 and next_attempt_at > ?
                      and (leased_until is null or leased_until <= ?)""",
                    at(now), delivery.target().subscriptionId(), at(now), at(now));
        }
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up (dead-lettered) when there is none. */
    @Transactional
    public void failed(Delivery delivery, Integer status, Long latencyMillis, String error, Instant retryAt, Instant now) {
        update("update webhook_subscription set failing_since = ? where id = ? and failing_since is null", at(now),
                delivery.target().subscriptionId());
        update("""
                update webhook_delivery set state = ?, last_status = ?, last_latency_ms = ?, last_error = ?,
                    next_attempt_at = coalesce(?, next_attempt_at), leased_until = null, ended_at = ?
                where id = ? and state = 'PENDING'""",
                retryAt == null ? "DEAD" : "PENDING", status, latencyMillis == null ? null : latencyMillis.intValue(),
                error, retryAt == null ? null : at(retryAt), retryAt == null ? at(now) : null, delivery.id());
    }

    /** The endpoint said 410 Gone: the delivery ends there and the subscription is disabled. */
    @Transactional
    public void gone(Delivery delivery, long latencyMillis, Instant now) {
        failed(delivery, 410, latencyMillis, "410 Gone: la souscription est désactivée / the subscription is disabled",
                null, now);
        update("update webhook_subscription set status = 'DISABLED', updated_at = ? where id = ?", at(now),
                delivery.target().subscriptionId());
    }

    /**
     * Queues again, for one subscription, the events of a time range its organisation may see now, oldest first;
     * only events already fanned out, which the next fan-out will not queue a second time. Answers how many.
     */
    @Transactional
    public int replay(UUID subscriptionId, Instant from, Instant to, Instant now) {
        return update("""
                insert into webhook_delivery (subscription_id, event_id, case_id, state, next_attempt_at, created_at)
                select s.id, e.id, e.case_id, 'PENDING', ?, ?
                from webhook_subscription s
                join outbox_event e on e.type = any (s.event_types) and e.created_at >= ? and e.created_at < ?
                    and e.published_at is not null
                join case_file c on c.id = e.case_id
                    and (c.created_by_org = s.organisation or s.organisation = any (c.partner_organisations))
                where s.id = ?
                order by e.id""", at(now), at(now), at(from), at(to), subscriptionId);
    }

    /** One page of a subscription's delivery log, newest first, after the delivery id {@code before} when given. */
    public List<DeliveryView> log(UUID subscriptionId, Long before, int limit) {
        try (Connection connection = database.getConnection(); PreparedStatement query = prepare(connection, """
                select d.id, d.event_id, e.type, d.case_id, d.state, d.attempts, d.last_status, d.last_latency_ms,
                       d.last_error, d.next_attempt_at, d.created_at, d.ended_at
                from webhook_delivery d join outbox_event e on e.id = d.event_id
                where d.subscription_id = ? and d.id < ? order by d.id desc limit ?""",
                subscriptionId, before == null ? Long.MAX_VALUE : before, limit); ResultSet rows = query.executeQuery()) {
            List<DeliveryView> log = new ArrayList<>();
            while (rows.next()) {
                DeliveryView.State state = DeliveryView.State.valueOf(rows.getString(5));
                log.add(new DeliveryView(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getObject(4, UUID.class),
                        state, rows.getInt(6), rows.getObject(7, Integer.class), rows.getObject(8, Integer.class),
                        rows.getString(9), state == DeliveryView.State.PENDING ? instant(rows, 10) : null, instant(rows, 11),
                        instant(rows, 12)));
            }
            return log;
        } catch (SQLException e) {
            throw new IllegalStateException("The delivery log could not be read", e);
        }
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

    private int update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook deliveries could not be updated", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
