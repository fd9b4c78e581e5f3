package fr.guichet.cases.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.guichet.cases.casefile.ProjectTerms.CareerStage;
import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.casefile.ProjectTerms.CoordinatedPractice;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;
import fr.guichet.cases.casefile.ProjectTerms.PracticeSite;
import fr.guichet.cases.casefile.ProjectTerms.ReceivedAid;
import fr.guichet.cases.casefile.ProjectTerms.Sector;
import fr.guichet.cases.policy.GuardedCase;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.common.api.IfMatch;
import fr.guichet.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A professional's installation case file. Its version is the ETag every change must present. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase implements GuardedCase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Version
    public int version;

    public String rpps;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Profession profession;

    public String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_stage", nullable = false)
    public CareerStage careerStage;

    @Column(name = "target_commune", nullable = false)
    public String targetCommune;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_mode")
    public PracticeMode practiceMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinated_practice")
    public CoordinatedPractice coordinatedPractice;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(name = "on_call_duty")
    public Boolean onCallDuty;

    @Column(name = "days_per_week")
    public BigDecimal daysPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_site")
    public PracticeSite practiceSite;

    @Column(name = "already_installed_elsewhere")
    public Boolean alreadyInstalledElsewhere;

    @Column(name = "remaining_study_months")
    public Integer remainingStudyMonths;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "aids_already_received", nullable = false, columnDefinition = "jsonb")
    public List<ReceivedAid> aidsAlreadyReceived = new ArrayList<>();

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Column(name = "owner_subject", updatable = false)
    public String ownerSubject;

    @Column(name = "created_by_client", updatable = false)
    public String createdByClient;

    @Column(name = "created_by_org", updatable = false)
    public String createdByOrganisation;

    /** The partner organisations that own a task on the case. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_organisations", nullable = false, columnDefinition = "text[]")
    public Set<String> partnerOrganisations = new TreeSet<>();

    public String assignee;

    @Column(name = "abandon_reason")
    public String abandonReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "qualified_at")
    public Instant qualifiedAt;

    @Column(name = "installed_at")
    public Instant installedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** The quick request this case was opened from, if any. */
    @Column(name = "from_request", updatable = false)
    public UUID fromRequest;

    /** The INSEE code's department: three characters overseas (971–976), two elsewhere (2A/2B in Corsica). */
    public static String departmentOf(String insee) {
        return insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2);
    }

    /** A closed or abandoned case, and what hangs on it (tasks, aids), no longer changes: 409. */
    public void requireOpen() {
        if (!status.isOpen()) {
            throw ProblemException.conflict("Case " + reference + " is " + status + "; it can no longer change.");
        }
    }

    public boolean hasProjectDefined() {
        return targetCommune != null && practiceMode != null && plannedStartDate != null;
    }

    @Override
    public UUID caseId() {
        return id;
    }

    @Override
    public String ownerSubject() {
        return ownerSubject;
    }

    @Override
    public String department() {
        return department;
    }

    @Override
    public String createdByOrganisation() {
        return createdByOrganisation;
    }

    @Override
    public Set<String> partnerOrganisations() {
        return partnerOrganisations;
    }

    @Override
    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** The ETag of this version. */
    public String etag() {
        return IfMatch.etag(version);
    }
}
