package fr.guichet.welcome.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.guichet.welcome.indicator.WelcomeIndicators.Figures;

/** The counts of one organisation in one department (or of all of them), added up as the queries' rows come. */
final class Tally {

    long eventsHeld;
    long invited;
    long registered;
    long waitingList;
    long present;
    long surveyAnswers;
    /** The scores' sum, so that a total's mean weighs every answer alike. */
    long scoreSum;
    long settlingYes;
    long settlingMaybe;
    long settlingNo;
    long offersPublished;
    long offersFilled;
    long housingPlacesOffered;
    long housingPlacesTaken;
    long testimonialsPublished;
    long testimonialsWithdrawn;

    void add(Tally other) {
        eventsHeld += other.eventsHeld;
        invited += other.invited;
        registered += other.registered;
        waitingList += other.waitingList;
        present += other.present;
        surveyAnswers += other.surveyAnswers;
        scoreSum += other.scoreSum;
        settlingYes += other.settlingYes;
        settlingMaybe += other.settlingMaybe;
        settlingNo += other.settlingNo;
        offersPublished += other.offersPublished;
        offersFilled += other.offersFilled;
        housingPlacesOffered += other.housingPlacesOffered;
        housingPlacesTaken += other.housingPlacesTaken;
        testimonialsPublished += other.testimonialsPublished;
        testimonialsWithdrawn += other.testimonialsWithdrawn;
    }

    Figures figures() {
        Double meanScore = surveyAnswers == 0 ? null
                : BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(surveyAnswers), 1, RoundingMode.HALF_UP).doubleValue();
        return new Figures(eventsHeld, invited, registered, waitingList, present, surveyAnswers, meanScore, settlingYes,
                settlingMaybe, settlingNo, offersPublished, offersFilled, housingPlacesOffered, housingPlacesTaken,
                testimonialsPublished, testimonialsWithdrawn);
    }
}
