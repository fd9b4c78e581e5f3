package fr.guichet.desk.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A department, by its INSEE code, and the region it belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Department(String code, String name, String regionCode) {
}
