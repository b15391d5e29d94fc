package org.specloop.kit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kit is what an OEM copies into its own systems, where no SpecLoop class exists: it may use the JDK,
 * kafka-clients, Jackson and the CloudEvents Java SDK only. In particular it verifies signatures with its own
 * code, written from the Standard Webhooks specification, not with the signer SpecLoop uses (a shared bug would pass unnoticed).
 */
@AnalyzeClasses(packages = "org.specloop.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {

    @ArchTest
    static final ArchRule the_kit_needs_nothing_of_specloop = classes().that().resideInAPackage("org.specloop.kit..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("org.specloop.kit..", "java..", "javax.crypto..",
                    "com.sun.net.httpserver..", "org.apache.kafka..", "com.fasterxml.jackson..", "io.cloudevents.."))
            .because("an OEM runs the kit without SpecLoop's code on its class path");

    @ArchTest
    static final ArchRule kit_packages_have_no_cycles = slices().matching("org.specloop.kit.(*)..").should()
            .beFreeOfCycles()
            .because("the webhook and Kafka consumers share the event and dedup code and nothing of each other");
}
