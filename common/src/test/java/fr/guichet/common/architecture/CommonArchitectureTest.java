package fr.guichet.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * common is the plumbing every service shares (problem answers, request ids, the clock, lists): it knows
 * no domain, so it depends on nothing of Guichet's but itself, and only on the platform's libraries.
 */
@AnalyzeClasses(packages = "fr.guichet.common", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonArchitectureTest {

    @ArchTest
    static final ArchRule common_knows_no_domain = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("fr.guichet.common..", "java..", "jakarta..", "io.quarkus..", "io.smallrye..", "io.vertx..",
                    "com.fasterxml.jackson..", "org.jboss..", "org.eclipse.microprofile..")
            .because("domain types belong to the service that owns them; common is plumbing");
}
