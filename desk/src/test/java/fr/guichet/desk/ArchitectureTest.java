package fr.guichet.desk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package structure of the desk, checked so that it survives later hands. */
@AnalyzeClasses(packages = "fr.guichet.desk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("fr.guichet.desk.(*)..").should().beFreeOfCycles();

    /** The API is the one source of rules: the desk reaches the services only through it, over HTTP. */
    @ArchTest
    static final ArchRule the_desk_knows_the_services_only_through_the_api = noClasses()
            .that().resideInAPackage("fr.guichet.desk..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.aids..", "fr.guichet.cases..",
                    "fr.guichet.gateway..", "fr.guichet.common..");

    /** The page chrome and the API plumbing serve every feature, and know none of them. */
    @ArchTest
    static final ArchRule the_shared_packages_know_no_feature = noClasses()
            .that().resideInAnyPackage("fr.guichet.desk.page..", "fr.guichet.desk.api..")
            .should().dependOnClassesThat(resideInAPackage("fr.guichet.desk..")
                    .and(not(resideInAnyPackage("fr.guichet.desk.page..", "fr.guichet.desk.api.."))));

    @ArchTest
    static final ArchRule quarkus_runtime_internals_stay_out = noClasses()
            .that().resideInAPackage("fr.guichet.desk..")
            .should().dependOnClassesThat().resideInAPackage("io.quarkus.*..runtime..")
            .because("Quarkus' runtime packages are internals that change without notice");
}
