package fr.guichet.desk.welcomeindicators;

import static fr.guichet.desk.page.French.count;

import java.text.NumberFormat;
import java.util.List;

import fr.guichet.desk.page.French;
import fr.guichet.desk.welcomeindicators.FigureTable.Column;
import fr.guichet.desk.welcomeindicators.WelcomeIndicators.Figures;

/** The welcome indicators of a year as the page shows them: four themed tables, figures in French. */
public record WelcomeIndicatorsView(WelcomeIndicators indicators) {

    private static final List<Column> EVENTS = List.of(
            new Column("Événements tenus", f -> count(f.eventsHeld())),
            new Column("Adresses invitées", f -> count(f.invited())),
            new Column("Inscriptions", f -> count(f.registered())),
            new Column("Dont en liste d'attente", f -> count(f.waitingList())),
            new Column("Personnes présentes", f -> count(f.present())));
    private static final List<Column> SURVEY = List.of(
            new Column("Réponses à l'enquête", f -> count(f.surveyAnswers())),
            new Column("Note moyenne (sur 5)", WelcomeIndicatorsView::meanScore),
            new Column("Souhaitent s'installer : oui", f -> count(f.settlingYes())),
            new Column("Peut-être", f -> count(f.settlingMaybe())),
            new Column("Non", f -> count(f.settlingNo())));
    private static final List<Column> OFFERS = List.of(
            new Column("Offres publiées", f -> count(f.offersPublished())),
            new Column("Dont pourvues", f -> count(f.offersFilled())),
            new Column("Places de logement offertes", f -> count(f.housingPlacesOffered())),
            new Column("Places de logement prises", f -> count(f.housingPlacesTaken())));
    private static final List<Column> TESTIMONIALS = List.of(
            new Column("Témoignages publiés", f -> count(f.testimonialsPublished())),
            new Column("Dont retirés depuis", f -> count(f.testimonialsWithdrawn())));

    public int year() {
        return indicators.year();
    }

    /** Whether anything was counted: else only the total's zeros would show. */
    public boolean empty() {
        return indicators.byOrganisationAndDepartment().isEmpty();
    }

    public List<FigureTable> tables() {
        return List.of(
                FigureTable.of("evenements", "Événements de " + year(), indicators, EVENTS),
                FigureTable.of("enquete", "Enquête de satisfaction et intentions d'installation, " + year(), indicators, SURVEY),
                FigureTable.of("offres", "Offres d'emploi, de stage et de logement publiées en " + year(), indicators, OFFERS),
                FigureTable.of("temoignages", "Témoignages publiés en " + year(), indicators, TESTIMONIALS));
    }

    /** "4,3", or a dash without any answer. */
    static String meanScore(Figures figures) {
        if (figures.meanScore() == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(French.LOCALE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(figures.meanScore());
    }
}
