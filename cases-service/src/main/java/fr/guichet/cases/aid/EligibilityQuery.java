package fr.guichet.cases.aid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.casefile.ProjectTerms.ReceivedAid;

/** A case's project as aids-service's simulator reads it (contracts/aids-service holds an example). */
public record EligibilityQuery(String profession, String careerStage, String targetCommune, String practiceMode,
        String coordinatedPractice, String sector, Boolean onCallDuty, BigDecimal daysPerWeek, String practiceSite,
        Boolean alreadyInstalledElsewhere, Integer remainingStudyMonths, LocalDate plannedStartDate,
        List<ReceivedAid> aidsAlreadyReceived) {

    /** Without a planned start date, the aids in force today (a French date). */
    static EligibilityQuery of(CaseFile c, Clock clock) {
        return new EligibilityQuery(c.profession.name(), c.careerStage.name(), c.targetCommune, name(c.practiceMode),
                name(c.coordinatedPractice), name(c.sector), c.onCallDuty, c.daysPerWeek, name(c.practiceSite),
                c.alreadyInstalledElsewhere, c.remainingStudyMonths,
                c.plannedStartDate == null ? LocalDate.now(clock) : c.plannedStartDate, List.copyOf(c.aidsAlreadyReceived));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
