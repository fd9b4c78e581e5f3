package fr.guichet.desk.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A region, by its INSEE code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Area(String code, String name) {
}
