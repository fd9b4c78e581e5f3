package fr.guichet.cases.webhook;

import static fr.guichet.cases.webhook.Sql.at;
import static fr.guichet.cases.webhook.Sql.instant;
import static fr.guichet.cases.webhook.Sql.prepare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The deliveries table as a subscription's owner sees it through the API: its log, and the replay of a time range. */
@ApplicationScoped
class DeliveryLog {

    @Inject
    AgroalDataSource database;

    /**
     * Queues again, for one subscription, the events of a time range its organisation may see now, oldest first;
     * only events already fanned out, which the next fan-out will not queue a second time. Answers how many.
     */
    @Transactional
    public int replay(UUID subscriptionId, Instant from, Instant to, Instant now) {
        try (Connection connection = database.getConnection(); PreparedStatement insert = prepare(connection, """
                insert into webhook_delivery (subscription_id, event_id, case_id, state, next_attempt_at, created_at)
                select s.id, e.id, e.case_id, 'PENDING', ?, ?
                from webhook_subscription s
                join outbox_event e on e.type = any (s.event_types) and e.created_at >= ? and e.created_at < ?
                    and e.published_at is not null
                join case_file c on c.id = e.case_id
                    and (c.created_by_org = s.organisation or s.organisation = any (c.partner_organisations))
                where s.id = ?
                order by e.id""", at(now), at(now), at(from), at(to), subscriptionId)) {
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook deliveries could not be replayed", e);
        }
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

}
