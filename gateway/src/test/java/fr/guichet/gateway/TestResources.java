package fr.guichet.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The OIDC test server and the stand-in services, once for the whole run. */
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = Downstreams.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {
    }
}
