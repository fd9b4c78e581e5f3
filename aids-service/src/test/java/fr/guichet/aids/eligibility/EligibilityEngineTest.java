package fr.guichet.aids.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.guichet.aids.catalogue.AidDefinition;
import fr.guichet.aids.catalogue.AidVersion;
import fr.guichet.aids.catalogue.AmountSchedule;
import fr.guichet.aids.catalogue.CareerStage;
import fr.guichet.aids.catalogue.Commitment;
import fr.guichet.aids.catalogue.CoordinatedPractice;
import fr.guichet.aids.catalogue.Criterion;
import fr.guichet.aids.catalogue.Funder;
import fr.guichet.aids.catalogue.PracticeMode;
import fr.guichet.aids.catalogue.Profession;
import fr.guichet.aids.catalogue.Sector;
import fr.guichet.aids.eligibility.Assessment.AidAssessment;
import fr.guichet.aids.eligibility.Assessment.Outcome;
import fr.guichet.aids.eligibility.Assessment.Result;
import fr.guichet.aids.eligibility.Assessment.Status;
import fr.guichet.aids.territory.TerritoryViews.Area;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;
import fr.guichet.aids.territory.TerritoryViews.ZoneView;
import fr.guichet.aids.territory.ZoneType;
import fr.guichet.aids.territory.ZoningLayer;
import fr.guichet.aids.territory.ZoningProfession;

/** The engine alone, on aids and communes built here: a table of cases says more than HTTP. */
class EligibilityEngineTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final Set<String> TEN_YEAR = Set.of("INSTALL");

    private static EligibilityRequest project(CoordinatedPractice practice, Boolean onCall, BigDecimal days,
            List<EligibilityRequest.ReceivedAid> received) {
        return new EligibilityRequest(Profession.GENERAL_PRACTITIONER, CareerStage.INSTALLING, "48095",
                PracticeMode.LIBERAL, practice, Sector.SECTOR_1, onCall, days, null, null, null, START, null, received, null);
    }

    private static EligibilityRequest complete() {
        return project(CoordinatedPractice.MSP, true, new BigDecimal("4"), List.of());
    }

    private static CommuneView commune(ZoneView... zones) {
        return new CommuneView("48095", "Mende", new Area("48", "Lozère"), new Area("76", "Occitanie"), 12000, null,
                List.of(), START, List.of(zones));
    }

    private static ZoneView zone(ZoneType type, boolean partial) {
        ZoningLayer layer = type.isProfessionZoning() ? ZoningLayer.PROFESSION_ZONING
                : type == ZoneType.MONTAGNE ? ZoningLayer.MOUNTAIN : ZoningLayer.QPV;
        return new ZoneView(layer, type.isProfessionZoning() ? ZoningProfession.DOCTOR : null, type, type.name(), partial,
                LocalDate.of(2018, 1, 1), null, "test", true);
    }

    private static AidVersion aid(String code, String category, AmountSchedule amount, List<Criterion> criteria,
            List<String> incompatibleWith, List<Commitment> commitments) {
        AidVersion version = new AidVersion();
        version.aidCode = code;
        version.versionNumber = 1;
        version.validFrom = LocalDate.of(2010, 1, 1);
        version.label = code;
        version.description = code;
        version.funder = Funder.ARS;
        version.category = category;
        version.sourceUrl = "https://example.org/" + code;
        version.definition = new AidDefinition(List.of(Profession.GENERAL_PRACTITIONER),
                List.of(CareerStage.INSTALLING), criteria, List.of(), amount, commitments, incompatibleWith, List.of(), List.of());
        return version;
    }

    private static AidVersion oneOff(String code, long cents, List<Criterion> criteria, String... incompatibleWith) {
        return aid(code, "INSTALL", new AmountSchedule.OneOff(cents, 0), criteria, List.of(incompatibleWith), List.of());
    }

    private static AidAssessment only(Result result) {
        assertEquals(1, result.aids().size());
        return result.aids().get(0);
    }

    private static Result assess(EligibilityRequest project, CommuneView commune, List<AidVersion> aids) {
        return EligibilityEngine.assess(project, commune, aids, TEN_YEAR, Map.of());
    }

    @ParameterizedTest(name = "zone {0} (partial={1}) for ZONE[ZIP] -> {2}")
    @CsvSource({
            "ZIP, false, ELIGIBLE",
            "ZAC, false, INELIGIBLE",
            "ZIP, true, NEEDS_INFO"})
    void a_zone_criterion_reads_the_zones_in_force(ZoneType zoneType, boolean partial, Status expected) {
        AidVersion zipAid = oneOff("ZIP_AID", 100, List.of(new Criterion.Zone(List.of(ZoneType.ZIP))));
        assertEquals(expected, only(assess(complete(), commune(zone(zoneType, partial)), List.of(zipAid))).status());
    }

    @Test
    void without_any_ars_zoning_known_a_zone_criterion_needs_info_rather_than_refuses() {
        AidVersion zipAid = oneOff("ZIP_AID", 100, List.of(new Criterion.Zone(List.of(ZoneType.ZIP))));
        AidAssessment assessed = only(assess(complete(), commune(zone(ZoneType.MONTAGNE, false)), List.of(zipAid)));
        assertEquals(Status.NEEDS_INFO, assessed.status());
    }

    @Test
    void an_unanswered_question_gives_needs_info_and_a_wrong_answer_gives_ineligible() {
        AidVersion pdsa = oneOff("PDSA_AID", 100, List.of(new Criterion.OnCallDuty()));
        CommuneView mende = commune(zone(ZoneType.ZAC, false));
        assertEquals(Status.NEEDS_INFO, only(assess(project(CoordinatedPractice.MSP, null, null, List.of()), mende,
                List.of(pdsa))).status());
        assertEquals(Status.INELIGIBLE, only(assess(project(CoordinatedPractice.MSP, false, null, List.of()), mende,
                List.of(pdsa))).status());
    }

    @ParameterizedTest(name = "{0} days a week against a minimum of 2.5 -> {1}")
    @CsvSource({"2, NOT_MET", "2.5, MET", "4, MET"})
    void days_per_week_are_compared_to_the_minimum(String days, Outcome expected) {
        AidVersion aid = oneOff("DAYS_AID", 100, List.of(new Criterion.MinDaysPerWeek(new BigDecimal("2.5"))));
        AidAssessment assessed = only(assess(project(CoordinatedPractice.MSP, true, new BigDecimal(days), List.of()),
                commune(), List.of(aid)));
        assertEquals(expected, assessed.criteria().stream()
                .filter(c -> c.criterion().equals("MIN_DAYS_PER_WEEK")).findFirst().orElseThrow().outcome());
    }

    @Test
    void instalments_are_dated_from_the_start_and_cut_at_the_horizon() {
        AmountSchedule yearly = new AmountSchedule.Instalments(List.of(
                new AmountSchedule.Instalment(0, 300), new AmountSchedule.Instalment(2, 200),
                new AmountSchedule.Instalment(6, 100)));
        AidAssessment assessed = only(assess(complete(), commune(), List.of(aid("YEARLY", "OTHER", yearly, List.of(),
                List.of(), List.of()))));
        assertEquals(List.of(START, START.plusYears(2)),
                assessed.schedule().payments().stream().map(Assessment.Payment::date).toList());
        assertEquals(500, assessed.schedule().totalCents());
        assertTrue(assessed.schedule().note().contains("horizon"));
    }

    @Test
    void an_open_ended_monthly_allowance_is_shown_per_month_and_left_out_of_the_total() {
        AidVersion monthly = aid("MONTHLY", "OTHER", new AmountSchedule.Monthly(1000, null, null, "par mois de stage"),
                List.of(), List.of(), List.of());
        Result result = assess(complete(), commune(), List.of(monthly));
        assertEquals(0, only(result).schedule().totalCents());
        assertEquals(1000L, only(result).schedule().monthlyAmountCents());
        assertFalse(only(result).schedule().computable());
        assertTrue(result.notes().get(0).contains("MONTHLY"));
    }

    @ParameterizedTest(name = "{0} months of study left, capped at {1} -> {2} cents")
    @CsvSource({"18, , 18000", "18, 12, 12000", "90, , 60000", "0, , 0"})
    void an_allowance_until_the_end_of_studies_counts_the_months_of_study_left_within_the_horizon(int left,
            Integer cap, long expected) {
        AidVersion monthly = aid("UNTIL_STUDIES", "OTHER", new AmountSchedule.Monthly(1000, cap,
                AmountSchedule.MonthlyEnd.END_OF_STUDIES, null), List.of(), List.of(), List.of());
        EligibilityRequest student = new EligibilityRequest(Profession.GENERAL_PRACTITIONER, CareerStage.INSTALLING,
                "48095", null, null, null, null, null, null, null, left, START, null, List.of(), null);
        assertEquals(expected, only(assess(student, commune(), List.of(monthly))).schedule().totalCents());
    }

    @ParameterizedTest(name = "{0} days a week -> {1} cents")
    @CsvSource({"2, 0", "2.5, 3125000", "3, 3750000", "4, 5000000", "5, 5000000"})
    void an_amount_scaled_by_days_per_week_interpolates_between_points_and_stops_at_the_last(String days, long expected) {
        AmountSchedule caim = new AmountSchedule.Scaled(AmountSchedule.ScaleBasis.DAYS_PER_WEEK, List.of(
                new AmountSchedule.ScalePoint(new BigDecimal("2.5"), 3_125_000),
                new AmountSchedule.ScalePoint(new BigDecimal("4"), 5_000_000)),
                List.of(new AmountSchedule.Share(0, 50), new AmountSchedule.Share(1, 50)), null);
        AidAssessment assessed = only(assess(project(CoordinatedPractice.MSP, true, new BigDecimal(days), List.of()),
                commune(), List.of(aid("SCALED", "OTHER", caim, List.of(), List.of(), List.of()))));
        assertEquals(expected, assessed.schedule().totalCents());
        if (expected > 0) {
            assertEquals(List.of(START, START.plusYears(1)),
                    assessed.schedule().payments().stream().map(Assessment.Payment::date).toList());
        }
    }

    @Test
    void a_scaled_amount_without_the_answer_needs_info() {
        AmountSchedule scaled = new AmountSchedule.Scaled(AmountSchedule.ScaleBasis.DAYS_PER_WEEK,
                List.of(new AmountSchedule.ScalePoint(BigDecimal.ONE, 100)), List.of(new AmountSchedule.Share(0, 100)), null);
        AidAssessment assessed = only(assess(project(CoordinatedPractice.MSP, true, null, List.of()), commune(),
                List.of(aid("SCALED", "OTHER", scaled, List.of(), List.of(), List.of()))));
        assertEquals(Status.NEEDS_INFO, assessed.status());
        assertEquals(0, assessed.schedule().totalCents());
    }

    @ParameterizedTest(name = "coordinated practice {0} -> {1}")
    @CsvSource({"MSP, ELIGIBLE", "NONE, NEEDS_INFO"})
    void any_of_with_a_question_turns_a_wrong_answer_into_a_question(CoordinatedPractice practice, Status expected) {
        Criterion graceOrCoordinated = new Criterion.AnyOf(List.of(
                new Criterion.CoordinatedPracticeIn(List.of(CoordinatedPractice.MSP)),
                new Criterion.Question("Délai de 2 ans accordé ?")));
        AidAssessment assessed = only(assess(project(practice, true, BigDecimal.ONE, List.of()), commune(),
                List.of(oneOff("GRACE", 100, List.of(graceOrCoordinated)))));
        assertEquals(expected, assessed.status());
    }

    @Test
    void any_of_is_not_met_when_no_alternative_can_hold() {
        Criterion zipOrZac = new Criterion.AnyOf(List.of(new Criterion.Zone(List.of(ZoneType.ZIP)),
                new Criterion.Zone(List.of(ZoneType.ZAC))));
        assertEquals(Status.INELIGIBLE, only(assess(complete(), commune(zone(ZoneType.HORS_ZONAGE, false)),
                List.of(oneOff("ZONES", 100, List.of(zipOrZac))))).status());
    }

    @ParameterizedTest(name = "installed on {0} -> {1}")
    @CsvSource({"2025-06-30, INELIGIBLE", "2025-07-01, ELIGIBLE", "2025-12-31, ELIGIBLE", "2026-01-01, INELIGIBLE"})
    void an_installation_window_reads_the_installation_date_not_the_signature(LocalDate installedOn, Status expected) {
        Criterion window = new Criterion.InstallationWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
        EligibilityRequest installed = new EligibilityRequest(Profession.GENERAL_PRACTITIONER, CareerStage.INSTALLING,
                "48095", null, null, null, null, null, null, null, null, START, installedOn, List.of(), null);
        assertEquals(expected, only(assess(installed, commune(), List.of(oneOff("WINDOW", 100, List.of(window)))))
                .status());
    }

    @ParameterizedTest(name = "already installed elsewhere {0}: first installation aid -> {1}, other aid -> {2}")
    @CsvSource({"false, ELIGIBLE, INELIGIBLE", "true, INELIGIBLE, ELIGIBLE", ", NEEDS_INFO, NEEDS_INFO"})
    void first_installation_follows_the_answer_and_asks_without_it(Boolean elsewhere, Status first, Status notFirst) {
        EligibilityRequest request = new EligibilityRequest(Profession.GENERAL_PRACTITIONER, CareerStage.INSTALLING,
                "48095", null, null, null, null, null, null, elsewhere, null, START, null, List.of(), null);
        Result result = assess(request, commune(), List.of(
                oneOff("FIRST", 100, List.of(new Criterion.FirstInstallation(true))),
                oneOff("NOT_FIRST", 100, List.of(new Criterion.FirstInstallation(false)))));
        assertEquals(first, result.aids().stream().filter(a -> a.code().equals("FIRST")).findFirst().orElseThrow().status());
        assertEquals(notFirst, result.aids().stream().filter(a -> a.code().equals("NOT_FIRST")).findFirst().orElseThrow()
                .status());
    }

    @Test
    void of_two_incompatible_eligible_aids_the_total_keeps_the_one_paying_more() {
        Result result = assess(complete(), commune(), List.of(oneOff("SMALL", 100, List.of(), "BIG"),
                oneOff("BIG", 900, List.of()), aid("OTHER", "OTHER", new AmountSchedule.OneOff(50, 0), List.of(), List.of(),
                        List.of())));
        assertEquals(List.of("BIG", "OTHER"), result.combination());
        assertEquals(950, result.totalCents());
        AidAssessment small = result.aids().stream().filter(a -> a.code().equals("SMALL")).findFirst().orElseThrow();
        assertEquals(Status.ELIGIBLE, small.status());
        assertFalse(small.countedInTotal());
        assertEquals("BIG", small.excludedBy());
    }

    @Test
    void the_ten_year_rule_applies_only_within_the_same_category_and_ten_years() {
        AidVersion received = oneOff("OLD", 100, List.of());
        AidVersion candidate = oneOff("NEW", 100, List.of());
        Map<String, List<AidVersion>> history = Map.of("OLD", List.of(received));
        Result recent = EligibilityEngine.assess(project(CoordinatedPractice.MSP, true, BigDecimal.ONE,
                List.of(new EligibilityRequest.ReceivedAid("OLD", START.minusYears(3)))), commune(), List.of(candidate),
                TEN_YEAR, history);
        Result old = EligibilityEngine.assess(project(CoordinatedPractice.MSP, true, BigDecimal.ONE,
                List.of(new EligibilityRequest.ReceivedAid("OLD", START.minusYears(11)))), commune(), List.of(candidate),
                TEN_YEAR, history);
        Result otherCategoryRule = EligibilityEngine.assess(project(CoordinatedPractice.MSP, true, BigDecimal.ONE,
                List.of(new EligibilityRequest.ReceivedAid("OLD", START.minusYears(3)))), commune(), List.of(candidate),
                Set.of(), history);
        assertEquals(Status.INELIGIBLE, only(recent).status());
        assertEquals(Status.ELIGIBLE, only(old).status());
        assertEquals(Status.ELIGIBLE, only(otherCategoryRule).status());
    }

    @Test
    void an_incompatible_aid_received_binds_for_its_commitment_years() {
        AidVersion received = aid("CONTRACT", "OTHER", new AmountSchedule.OneOff(100, 0), List.of(), List.of(),
                List.of(new Commitment(Commitment.Kind.STAY, 5, "Rester 5 ans")));
        AidVersion candidate = aid("RIVAL", "OTHER2", new AmountSchedule.OneOff(100, 0), List.of(), List.of("CONTRACT"),
                List.of());
        Map<String, List<AidVersion>> history = Map.of("CONTRACT", List.of(received));
        Result fourYearsAgo = EligibilityEngine.assess(project(CoordinatedPractice.MSP, true, BigDecimal.ONE,
                List.of(new EligibilityRequest.ReceivedAid("CONTRACT", START.minusYears(4)))), commune(),
                List.of(candidate), TEN_YEAR, history);
        Result sixYearsAgo = EligibilityEngine.assess(project(CoordinatedPractice.MSP, true, BigDecimal.ONE,
                List.of(new EligibilityRequest.ReceivedAid("CONTRACT", START.minusYears(6)))), commune(),
                List.of(candidate), TEN_YEAR, history);
        assertEquals(Status.INELIGIBLE, only(fourYearsAgo).status());
        assertEquals(Status.ELIGIBLE, only(sixYearsAgo).status());
    }

    @Test
    void a_territory_criterion_accepts_the_region_or_the_department() {
        AidVersion occitanie = oneOff("REGIONAL", 100, List.of(new Criterion.Territory(List.of("76"), List.of())));
        AidVersion lozere = oneOff("DEPARTMENTAL", 100, List.of(new Criterion.Territory(List.of(), List.of("48"))));
        AidVersion aisne = oneOff("ELSEWHERE", 100, List.of(new Criterion.Territory(List.of(), List.of("02"))));
        Result result = assess(complete(), commune(), List.of(occitanie, lozere, aisne));
        assertEquals(Status.INELIGIBLE, result.aids().stream().filter(a -> a.code().equals("ELSEWHERE")).findFirst()
                .orElseThrow().status());
        assertEquals(2, result.aids().stream().filter(a -> a.status() == Status.ELIGIBLE).count());
        assertNull(result.aids().get(0).excludedBy());
    }
}
