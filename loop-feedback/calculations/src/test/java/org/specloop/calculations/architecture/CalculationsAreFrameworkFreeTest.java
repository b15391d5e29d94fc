package org.specloop.calculations.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The calculations (stats, regression, spc, motor, transfer) are plain Java with known-answer
 * tests, so the loop's policies and rig ingest can run them on any thread or node.
 */
@AnalyzeClasses(packages = "org.specloop.calculations", importOptions = ImportOption.DoNotIncludeTests.class)
class CalculationsAreFrameworkFreeTest {

    @ArchTest
    static final ArchRule calculationsHaveNoFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "org.slf4j..");
}
