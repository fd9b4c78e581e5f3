package fr.guichet.desk.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org description of an aid page (a GovernmentService), for search engines, as JSON-LD. It is data,
 * not script: browsers never run a {@code <script type="application/ld+json">}, so the Content-Security-Policy
 * that forbids inline scripts does not apply to it.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static String of(Aid aid, String url, Territories territories) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@context", "https://schema.org");
        service.put("@type", "GovernmentService");
        service.put("name", aid.label());
        service.put("description", aid.description());
        service.put("url", url);
        service.put("serviceType", Labels.category(aid.category()));
        service.put("provider", thing("GovernmentOrganization", "name", Labels.funder(aid.funder())));
        service.put("areaServed", areaServed(aid.scope(), territories));
        service.put("audience", thing("Audience", "audienceType",
                String.join(", ", aid.definition().professions().stream().map(Labels::profession).toList())));
        if (aid.sourceUrl() != null) {
            service.put("isBasedOn", aid.sourceUrl());
        }
        try {
            // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can close the block.
            return JSON.writeValueAsString(service).replace("<", "\\u003c");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Object areaServed(Aid.Scope scope, Territories territories) {
        if (scope == null || scope.isNational()) {
            return thing("Country", "name", "France");
        }
        List<Map<String, String>> places = new ArrayList<>();
        scope.regions().forEach(code -> places.add(thing("AdministrativeArea", "name", territories.regionName(code))));
        scope.departments().forEach(code -> places.add(thing("AdministrativeArea", "name", territories.departmentName(code))));
        return places;
    }

    /** A schema.org object of one type and one property, its type first as JSON-LD readers expect. */
    private static Map<String, String> thing(String type, String property, String value) {
        Map<String, String> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put(property, value);
        return thing;
    }
}
