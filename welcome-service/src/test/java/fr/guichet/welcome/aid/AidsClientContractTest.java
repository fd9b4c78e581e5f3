package fr.guichet.welcome.aid;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.welcome.AidsServiceStub;

/** What welcome-service reads of aids-service's catalogue is exactly the example of its contract, which aids-service checks. */
class AidsClientContractTest {

    @Test
    void the_client_reads_exactly_the_fields_of_the_contract() {
        ObjectMapper mapper = AidsClient.tolerantReader(new ObjectMapper());
        AidsServiceStub.VERSIONS.assertReadExactlyBy(
                mapper.getTypeFactory().constructCollectionType(List.class, AidsClient.AidVersion.class), mapper);
    }
}
