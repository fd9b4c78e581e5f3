package fr.guichet.gateway.composition;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a professional sees first: their cases, the current one with its open tasks, and what their
 * project can get. {@code degraded} says that a service did not answer and names it: the rest is still
 * shown.
 */
public record MyCaseView(List<JsonNode> cases, JsonNode current, List<JsonNode> openTasks, JsonNode eligibility,
        boolean degraded, List<String> unavailable) {
}
