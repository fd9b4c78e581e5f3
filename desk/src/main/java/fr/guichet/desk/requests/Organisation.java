package fr.guichet.desk.requests;

import io.quarkus.qute.TemplateData;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A partner organisation at the guichet's table, where a request may be oriented. */
@JsonIgnoreProperties(ignoreUnknown = true)
@TemplateData
public record Organisation(String code, String name) {
}
