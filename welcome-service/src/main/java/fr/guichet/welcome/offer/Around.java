package fr.guichet.welcome.offer;

/**
 * A circle around a commune's centre: the bounding box the search reads through its index, and the great-circle
 * distance (haversine, mean Earth radius) that decides and orders. {@link #SQL_DISTANCE} is the same formula for the
 * database.
 */
public record Around(double latitude, double longitude, int radiusKm) {

    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = EARTH_RADIUS_KM * Math.PI / 180;

    /** The distance in km from (:lat, :lon) to an offer row {@code o}. */
    static final String SQL_DISTANCE = "(2 * " + EARTH_RADIUS_KM + " * asin(sqrt(power(sin(radians(o.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - :lon) / 2), 2))))";

    double latitudeSpan() {
        return radiusKm / KM_PER_DEGREE;
    }

    /** Wide enough at the box's edge furthest from the equator, where a degree of longitude is shortest. */
    double longitudeSpan() {
        double furthest = Math.min(89.9, Math.abs(latitude) + latitudeSpan());
        return radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(furthest)));
    }

    double distanceKm(double toLatitude, double toLongitude) {
        double dLat = Math.toRadians(toLatitude - latitude);
        double dLon = Math.toRadians(toLongitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(toLatitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
