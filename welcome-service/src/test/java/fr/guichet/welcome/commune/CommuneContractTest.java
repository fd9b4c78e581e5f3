package fr.guichet.welcome.commune;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.welcome.AidsServiceStub;

/**
 * Consumer side of contracts/aids-service/get-a-commune-centre.json: the type this service reads aids-service's commune
 * into reads exactly the example's fields (aids-service's own test checks that it still answers them).
 */
class CommuneContractTest {

    @Test
    void the_commune_type_reads_exactly_what_the_contract_holds() {
        ObjectMapper mapper = AidsTerritoriesClient.tolerantReader(new ObjectMapper());
        AidsServiceStub.COMMUNE.assertReadExactlyBy(mapper.constructType(Commune.class), mapper);
    }
}
