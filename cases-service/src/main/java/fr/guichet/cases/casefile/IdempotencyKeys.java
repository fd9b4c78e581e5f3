package fr.guichet.cases.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.common.api.Sha256;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Makes creation safe to retry. Claiming a key inserts it in the creating transaction: a concurrent
 * retry with the same key waits on that row until the first commits, then reads its answer.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The first answer's body when this key was already used with the same request; empty if the key is new. */
    public Optional<String> claim(String client, String key, Object request) {
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

    public void remember(String client, String key, java.util.UUID caseId, Object response) {
        em.createNativeQuery("""
                update idempotency_key set case_id = :caseId, response_body = cast(:body as jsonb)
                where client_id = :client and key = :key""")
                .setParameter("caseId", caseId).setParameter("body", write(response))
                .setParameter("client", client).setParameter("key", key)
                .executeUpdate();
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
