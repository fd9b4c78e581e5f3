package fr.guichet.desk.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The project sent to simulateEligibility (the API's EligibilityRequest); what the visitor left blank is not sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(String profession, String careerStage, String targetCommune, String practiceMode,
        String coordinatedPractice, String sector, Boolean onCallDuty, BigDecimal daysPerWeek, String practiceSite,
        Boolean alreadyInstalledElsewhere, Integer remainingStudyMonths, LocalDate plannedStartDate, LocalDate installedOn,
        List<ReceivedAid> aidsAlreadyReceived, Integer horizonYears) {

    /** An installation aid already received, and when: the ten-year rule may exclude others of its category. */
    public record ReceivedAid(String code, LocalDate date) {
    }
}
