package fr.guichet.desk.casefile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of the case list; nextCursor, when there is one, asks for the next. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseListPage(List<CaseSummary> items, String nextCursor) {

    public static final CaseListPage EMPTY = new CaseListPage(List.of(), null);
}
