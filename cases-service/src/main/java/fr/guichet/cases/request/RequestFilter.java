package fr.guichet.cases.request;

import java.time.Instant;

/** Filters of the request list; null means "any". {@code text} is searched in French in the question and answer. */
record RequestFilter(RequestStatus status, RequestChannel channel, RequestSubject subject, String assignee,
        String department, Instant receivedFrom, Instant receivedTo, String text) {
}
