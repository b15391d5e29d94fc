package org.specloop.loop.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The calculations (stats, regression, spc, motor, transfer) are plain Java with known-answer
 * tests; only the event-driven process and its HTTP adapter may use Spring, Axon or JDBC.
 */
@AnalyzeClasses(packages = "org.specloop.loop", importOptions = ImportOption.DoNotIncludeTests.class)
class CalculationsAreFrameworkFreeTest {

    @ArchTest
    static final ArchRule calculationsHaveNoFramework = noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "java.sql..", "javax.sql..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule calculationsDoNotReachIntoTheProcess = noClasses()
            .that().resideOutsideOfPackages("..process..")
            .should().dependOnClassesThat().resideInAnyPackage("..process..");
}
