package fr.guichet.welcome.offer;

import java.time.LocalDate;

/**
 * The public search's filters, all optional but {@code today}, which keeps out offers not yet or no longer public. A
 * commune without {@code around} keeps that commune's offers; {@code around} keeps those within its radius.
 */
public record OfferSearch(LocalDate today, String department, String communeInsee, Around around, OfferKind kind,
        OfferAudience audience, String text) {
}
