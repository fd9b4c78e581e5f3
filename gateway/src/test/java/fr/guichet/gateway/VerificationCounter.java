package fr.guichet.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts full token verifications: augmentors run after each one, never on a cached identity. */
@ApplicationScoped
public class VerificationCounter implements SecurityIdentityAugmentor {

    static final AtomicInteger VERIFICATIONS = new AtomicInteger();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            VERIFICATIONS.incrementAndGet();
        }
        return Uni.createFrom().item(identity);
    }
}
