package fr.guichet.common.api;

import java.util.List;

/** One page of a list; {@code nextCursor} is opaque and null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
