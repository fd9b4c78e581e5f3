package fr.guichet.gateway.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogLineTest {

    @Test
    void the_line_names_the_request_the_caller_the_status_and_the_time_in_tenths_of_a_millisecond() {
        assertEquals("r-1 doctor@guichet-cli GET /api/cases/42 200 12.3ms /api/cases",
                AccessLog.line("r-1", "doctor@guichet-cli", "GET", "/api/cases/42", 200, 12_345_678, "/api/cases"));
        assertEquals("r-2 anonymous@127.0.0.1 POST /api/eligibility 503 0.0ms /api/eligibility",
                AccessLog.line("r-2", "anonymous@127.0.0.1", "POST", "/api/eligibility", 503, 40_000, "/api/eligibility"));
        assertEquals("r-3 x GET /api/aids 200 1000.1ms /api/aids",
                AccessLog.line("r-3", "x", "GET", "/api/aids", 200, 1_000_050_000, "/api/aids"));
    }
}
