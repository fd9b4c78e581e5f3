package fr.guichet.aids;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

/**
 * The structure of aids-service, checked: features (catalogue, territory, eligibility) without cycles,
 * resources that hold HTTP only, each feature the only one to query its own tables, and no class of
 * another service nor any Quarkus internal.
 */
@AnalyzeClasses(packages = "fr.guichet.aids", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String QUARKUS_INTERNALS = "io.quarkus..runtime..";

    @ArchTest
    static final ArchRule features_depend_on_each_other_without_cycles = slices()
            .matching("fr.guichet.aids.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule resources_are_the_http_entry_points = classes()
            .that().haveSimpleNameEndingWith("Resource").should().beAnnotatedWith(Path.class)
            .andShould(beUsedByNoOtherClass());

    @ArchTest
    static final ArchRule resources_reach_the_data_through_services = noClasses()
            .that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a resource holds HTTP only; its feature's service reads and writes");

    @ArchTest
    static final ArchRule only_resources_know_http = noClasses()
            .that().areNotAnnotatedWith(Path.class)
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule a_feature_alone_queries_its_tables = noClasses().should(queryAnotherFeaturesTables())
            .because("a feature offers what others need through its service");

    @ArchTest
    static final ArchRule no_class_of_another_service = noClasses().should().dependOnClassesThat(
            resideInAPackage("fr.guichet..").and(not(resideInAnyPackage("fr.guichet.aids..", "fr.guichet.common.."))));

    /** Annotations' default values (e.g. @CacheResult's key generator) name runtime classes: only uses count. */
    @ArchTest
    static final ArchRule no_quarkus_internals = noClasses()
            .should().accessClassesThat().resideInAPackage(QUARKUS_INTERNALS)
            .orShould().beAssignableTo(resideInAPackage(QUARKUS_INTERNALS));

    private static ArchCondition<JavaClass> beUsedByNoOtherClass() {
        return new ArchCondition<>("be used by no other class") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                resource.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().equals(resource))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    /** Another feature's repository, or a Panache query or write on another feature's entity. */
    private static ArchCondition<JavaClass> queryAnotherFeaturesTables() {
        return new ArchCondition<>("query the tables of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getAccessesFromSelf().stream()
                        .filter(access -> !access.getTargetOwner().getPackageName().equals(origin.getPackageName()))
                        .filter(access -> isRepository(access.getTargetOwner()) || isPanacheOnEntity(access))
                        .forEach(access -> events.add(SimpleConditionEvent.satisfied(access, access.getDescription())));
            }
        };
    }

    private static boolean isRepository(JavaClass owner) {
        return owner.getSimpleName().endsWith("Repository");
    }

    private static boolean isPanacheOnEntity(JavaAccess<?> access) {
        return access.getTargetOwner().isAnnotatedWith(Entity.class) && access.getTarget().resolveMember()
                .map(member -> member.getOwner().getPackageName().startsWith("io.quarkus.hibernate.orm.panache"))
                .orElse(false);
    }
}
