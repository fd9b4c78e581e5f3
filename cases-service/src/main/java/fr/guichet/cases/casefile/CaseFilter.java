package fr.guichet.cases.casefile;

import java.time.Instant;

import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.workflow.CaseStatus;

/** Filters of the case list; null means "any". {@code text} matches a reference exactly or a name's start. */
public record CaseFilter(CaseStatus status, String department, String assignee, Profession profession, Channel channel,
        String text, Instant createdFrom, Instant createdTo) {
}
