package org.specloop.command.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Aggregates and calculations are plain Java plus Axon's modelling annotations: Spring lives only
 * in the adapters (http), the policies that talk to tables (policy) and the wiring (axon).
 */
@AnalyzeClasses(packages = "org.specloop.command", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule domainHasNoSpring = noClasses()
            .that().resideOutsideOfPackages("..http..", "..policy..", "..axon..", "..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideOutsideOfPackages("..http..", "..policy..", "..axon..", "..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("..http..", "..policy..", "..ingest..");
}
