package fr.guichet.welcome.commune;

/**
 * What this service reads of aids-service's commune (contracts/aids-service/get-a-commune-centre.json): its department,
 * to check an offer's, and its centre, to place offers and search around it. The centre is null for the few communes
 * aids-service has none for.
 */
public record Commune(String insee, Department department, Centre centre) {

    public record Department(String code) {
    }

    public record Centre(double latitude, double longitude) {
    }
}
