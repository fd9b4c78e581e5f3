package fr.guichet.aids.openapi;

import fr.guichet.aids.catalogue.AidResource;
import fr.guichet.aids.eligibility.EligibilityResource;
import fr.guichet.aids.territory.TerritoryResource;
import fr.guichet.aids.territory.ZoningResource;
import fr.guichet.testsupport.openapi.ServedDocumentContract;
import io.quarkus.test.junit.QuarkusTest;

/** The document aids-service serves keeps the contract's rules. */
@QuarkusTest
class OpenApiDocumentTest extends ServedDocumentContract {

    @Override
    protected Class<?>[] resources() {
        return new Class<?>[] {AidResource.class, EligibilityResource.class, TerritoryResource.class, ZoningResource.class};
    }
}
