package fr.guichet.welcome;

import fr.guichet.testsupport.PostgresTestResource;
import fr.guichet.testsupport.SmtpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * One embedded PostgreSQL, one OIDC test server, one SMTP server and the stand-ins of aids-service and cases-service for
 * the whole test run.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = AidsServiceStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = CasesServiceStub.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {
    }
}
