package fr.guichet.welcome.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;

/**
 * The structure welcome-service keeps, as cases-service does: feature packages without cycles, resources as entry points
 * only, services free of HTTP, each feature querying only its own entities, the policy depending on no feature, and
 * nothing of the other services.
 */
@AnalyzeClasses(packages = "fr.guichet.welcome", importOptions = ImportOption.DoNotIncludeTests.class)
class WelcomeArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles = slices()
            .matching("fr.guichet.welcome.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule resources_are_entry_points_only = noClasses()
            .that().haveSimpleNameNotEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource")
            .because("resources hold HTTP only: the rules live in services, which nothing reaches through a resource");

    @ArchTest
    static final ArchRule services_know_no_http = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule the_policy_knows_no_feature = noClasses()
            .that().resideInAPackage("fr.guichet.welcome.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.welcome.event..", "fr.guichet.welcome.registration..",
                    "fr.guichet.welcome.survey..", "fr.guichet.welcome.invitation..", "fr.guichet.welcome.testimonial..",
                    "fr.guichet.welcome.followup..", "fr.guichet.welcome.privacy..", "fr.guichet.welcome.offer..",
                    "fr.guichet.welcome.commune..")
            .because("features hand the policy what it needs (GuardedEvent, GuardedOffer), so that every feature may ask it");

    @ArchTest
    static final ArchRule each_feature_queries_only_its_own_entities = noClasses()
            .should(queryAnotherFeaturesEntities())
            .because("a feature offers what others need through its own service");

    @ArchTest
    static final ArchRule no_other_service_is_imported = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.aids..", "fr.guichet.cases..", "fr.guichet.gateway..",
                    "fr.guichet.desk..");

    /** A Panache query or write (find, list, count, update, delete...) on an entity of another package. */
    private static ArchCondition<JavaClass> queryAnotherFeaturesEntities() {
        return new ArchCondition<>("query another feature's entities") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    boolean panache = call.getTarget().resolveMember()
                            .map(m -> m.getOwner().isEquivalentTo(PanacheEntityBase.class)).orElse(false);
                    if (panache && owner.isAnnotatedWith(Entity.class) && !owner.getPackageName().equals(caller.getPackageName())) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
