package fr.guichet.aids.eligibility;

import java.util.HashMap;
import java.util.Map;

/** Projects posted to the simulator, built in the tests that post them. */
public final class Projects {

    public static final String MENDE = "48095";
    public static final String LAON = "02408";

    private Projects() {
    }

    /**
     * A general practitioner who answers every criterion the catalogue asks about: liberal, in an
     * MSP, sector 1, on call, four days a week, a first installation in a main practice. A mutable map, for
     * tests to change one answer.
     */
    public static Map<String, Object> project(String commune, String careerStage, String plannedStart) {
        Map<String, Object> project = new HashMap<>();
        project.put("profession", "GENERAL_PRACTITIONER");
        project.put("careerStage", careerStage);
        project.put("targetCommune", commune);
        project.put("practiceMode", "LIBERAL");
        project.put("coordinatedPractice", "MSP");
        project.put("sector", "SECTOR_1");
        project.put("onCallDuty", true);
        project.put("daysPerWeek", 4);
        project.put("practiceSite", "MAIN");
        project.put("alreadyInstalledElsewhere", false);
        project.put("plannedStartDate", plannedStart);
        return project;
    }

    /** Mende: a mountain commune of Occitanie, in a ZAC for doctors in the illustrative zoning. */
    static Map<String, Object> installingInMende(String plannedStart) {
        return project(MENDE, "INSTALLING", plannedStart);
    }
}
