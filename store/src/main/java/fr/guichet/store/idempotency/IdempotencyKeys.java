package fr.guichet.store.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.common.api.Sha256;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Makes creation safe to retry (design.md: a POST that creates accepts {@code Idempotency-Key}; a retry with the same
 * key and body gets the first answer, another body 409). Keys are the caller's own: one client's key never meets
 * another's. Claiming a key inserts it in the creating transaction: a concurrent retry with the same key waits on that
 * row until the first commits, then reads its answer. The service's {@code idempotency_key} table holds them.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String PATTERN = "[A-Za-z0-9._:-]{8,200}";
    public static final String DESCRIPTION = "8 to 200 characters: letters, digits, . _ : -";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The key as sent, after checking its form (400 otherwise); null when none was sent. */
    public static String checked(String key) {
        if (key != null && !key.matches(PATTERN)) {
            throw ProblemException.invalid(HEADER, "must have 8 to 200 letters, digits or . _ : -");
        }
        return key;
    }

    /**
     * What {@code create} answers, done once per key: a retry with the same request gets the first answer back without
     * creating anything. Without a key, simply creates. Call it within the creating transaction.
     */
    public <V> V once(String client, String key, Object request, Class<V> answer, Supplier<V> create,
            Function<V, UUID> idOf) {
        if (key == null) {
            return create.get();
        }
        Optional<String> first = claim(client, key, request);
        if (first.isPresent()) {
            return read(first.get(), answer);
        }
        V created = create.get();
        remember(client, key, idOf.apply(created), created);
        return created;
    }
    /** The first answer's body when this key was already used with the same request; empty if the key is new. */
    private Optional<String> claim(String client, String key, Object request) {
        String hash = hash(request);
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (client_id, key, request_hash, created_at)
                values (:client, :key, :hash, :now) on conflict do nothing""")
                .setParameter("client", client).setParameter("key", key).setParameter("hash", hash)
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, cast(response_body as text) from idempotency_key where client_id = :client and key = :key""")
                .setParameter("client", client).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.conflict("Idempotency-Key " + key + " was already used with a different request.");
        }
        return Optional.of((String) row[1]);
    }

    private void remember(String client, String key, UUID resourceId, Object response) {
        em.createNativeQuery("""
                update idempotency_key set resource_id = :resourceId, response_body = cast(:body as jsonb)
                where client_id = :client and key = :key""")
                .setParameter("resourceId", resourceId).setParameter("body", write(response))
                .setParameter("client", client).setParameter("key", key)
                .executeUpdate();
    }

    /** Forgets the keys that created these resources, with the answers they kept: for an erasure of personal data. */
    public void forget(Collection<UUID> resourceIds) {
        em.createNativeQuery("delete from idempotency_key where resource_id in (:ids)").setParameter("ids", resourceIds)
                .executeUpdate();
    }

    /** The stored first answer, as the type it was. */
    private <V> V read(String stored, Class<V> type) {
        try {
            return json.readValue(stored, type);
        } catch (IOException e) {
            throw new IllegalStateException("A stored answer no longer reads back", e);
        }
    }

    private String hash(Object request) {
        return Sha256.hex(write(request).getBytes(StandardCharsets.UTF_8));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request records always serialise", e);
        }
    }
}
