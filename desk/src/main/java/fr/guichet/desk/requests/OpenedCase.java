package fr.guichet.desk.requests;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The case a request became: only its id, to lead to its page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenedCase(UUID id) {
}
