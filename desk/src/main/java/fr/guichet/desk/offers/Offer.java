package fr.guichet.desk.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An offer as the welcome API shows it (the API's Offer): the details of its kind in {@code job}, {@code internship} or
 * {@code housing}, the others null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Offer(UUID id, OfferStatus status, OfferKind kind, String title, String description, String organisation,
        String department, String communeInsee, Double distanceKm, List<OfferAudience> audiences, LocalDate publishedFrom,
        LocalDate expiresOn, Contact contact, Job job, Internship internship, Housing housing, Instant publishedAt) {

    public Offer {
        audiences = audiences == null ? List.of() : audiences;
    }

    /** "Internes, Médecins remplaçants". */
    public String audiencesFrench() {
        return audiences.stream().map(OfferAudience::label).collect(Collectors.joining(", "));
    }

    /** "à 12 km", the distance from the commune searched around, or null outside such a search. */
    public String distance() {
        return distanceKm == null ? null : "à " + Math.round(distanceKm) + " km";
    }

    public boolean draft() {
        return status == OfferStatus.DRAFT;
    }

    public boolean published() {
        return status == OfferStatus.PUBLISHED;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String email, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(JobPosition position, String workplace, LocalDate startsOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Internship(String practice, String supervisor, List<SemesterPlaces> placesBySemester) {

        public Internship {
            placesBySemester = placesBySemester == null ? List.of() : placesBySemester;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Housing(HousingType type, String address, Long rentCents, String allowanceCovers,
            List<SemesterPlaces> availability) {

        public Housing {
            availability = availability == null ? List.of() : availability;
        }

        public boolean free() {
            return rentCents != null && rentCents == 0;
        }
    }

    /** Places in one semester, named by its first month (2027-05). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SemesterPlaces(String semester, int places) {

        /** "semestre de mai 2027". */
        public String semesterFrench() {
            return Semester.french(semester);
        }
    }
}
