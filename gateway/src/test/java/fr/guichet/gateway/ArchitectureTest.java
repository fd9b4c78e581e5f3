package fr.guichet.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;

/** The package structure of the gateway, checked so that it survives later hands. */
@AnalyzeClasses(packages = "fr.guichet.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("fr.guichet.gateway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_gateway_knows_the_services_only_through_http = noClasses()
            .that().resideInAPackage("fr.guichet.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.guichet.aids..", "fr.guichet.cases..");

    /**
     * The runtime packages of Quarkus extensions are their implementation, free to change in any release;
     * only the HTTP authentication extension points (documented for custom mechanisms) and the user Quarkus
     * puts on a Vert.x routing context may be used from there.
     */
    @ArchTest
    static final ArchRule no_quarkus_internals = noClasses()
            .that().resideInAPackage("fr.guichet.gateway..")
            .should().dependOnClassesThat(resideInAPackage("io.quarkus.*..runtime..")
                    .and(not(belongToAnyOf(HttpAuthenticationMechanism.class, ChallengeData.class,
                            HttpCredentialTransport.class, QuarkusHttpUser.class))))
            .because("Quarkus' runtime packages are internals that change without notice");
}
