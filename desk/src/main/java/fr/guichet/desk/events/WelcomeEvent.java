package fr.guichet.desk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An event as the welcome API shows it (the API's Event): never a registrant's data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WelcomeEvent(UUID id, EventStatus status, EventKind kind, String title, Instant startsAt, Instant endsAt, String department,
        Place place, String onlineUrl, Audience audience, int capacity, int placesLeft, String programme,
        List<String> partners) {

    public WelcomeEvent {
        partners = partners == null ? List.of() : partners;
    }

    public boolean full() {
        return placesLeft == 0;
    }

    /** The confirmed places. */
    public int taken() {
        return capacity - placesLeft;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String communeInsee, String address) {
    }

    /** Whom the event addresses, said in French: "étudiants de 4e à 6e année, internes de médecine générale". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Audience(List<Integer> studentYears, List<InternSpecialty> internSpecialties, boolean replacements) {

        public String french() {
            StringBuilder who = new StringBuilder();
            if (studentYears != null && !studentYears.isEmpty()) {
                who.append("étudiants en ").append(studentYears.stream().sorted().map(Audience::year)
                        .collect(Collectors.joining(", "))).append(" année");
            }
            if (internSpecialties != null && !internSpecialties.isEmpty()) {
                append(who, "internes de " + internSpecialties.stream().map(InternSpecialty::label)
                        .collect(Collectors.joining(", ")));
            }
            if (replacements) {
                append(who, "médecins remplaçants");
            }
            return who.isEmpty() ? "tous publics" : who.toString();
        }

        private static String year(int year) {
            return year == 1 ? "1re" : year + "e";
        }

        private static void append(StringBuilder who, String part) {
            who.append(who.isEmpty() ? "" : " ; ").append(part);
        }
    }
}
