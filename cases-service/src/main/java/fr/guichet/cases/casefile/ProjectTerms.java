package fr.guichet.cases.casefile;

/** The vocabulary of a professional's project, shared with aids-service's eligibility simulator. */
public final class ProjectTerms {

    private ProjectTerms() {
    }

    public enum CareerStage {
        STUDENT, INTERN, JUNIOR_DOCTOR, LOCUM, INSTALLING, RECENTLY_INSTALLED, ESTABLISHED
    }

    public enum PracticeMode {
        LIBERAL, SALARIED, MIXED
    }

    public enum CoordinatedPractice {
        NONE, GROUP, MSP, ESP, CPTS
    }

    public enum Sector {
        SECTOR_1, SECTOR_2, SECTOR_2_OPTAM, NON_CONVENTIONED
    }

    /** How the request reached the guichet. */
    public enum Channel {
        WEB, PHONE, EMAIL, EVENT, PARTNER
    }
}
