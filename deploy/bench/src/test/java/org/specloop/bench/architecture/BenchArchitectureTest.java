package org.specloop.bench.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmark and fault-load clients measure SpecLoop from outside, as a rig, a lab or an OEM would
 * reach it: over HTTP, Kafka and (for the bulk-load reference only) PostgreSQL's COPY. A client that
 * called server classes would measure something no user can do, so the only server class allowed is the
 * webhook signature, which an OEM's receiver reimplements from the documented scheme.
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

    @ArchTest
    static final ArchRule clients_reach_specloop_only_over_its_public_interfaces = classes()
            .that().resideInAPackage("org.specloop.bench..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("org.specloop.bench..", "java..", "javax.net..",
                    "com.sun.net.httpserver..", "org.apache.kafka..", "org.postgresql..",
                    "org.springframework.security.crypto.bcrypt..")
                    .or(name("org.specloop.notify.WebhookSignature")))
            .because("a benchmark measures what a user can do: HTTP, Kafka and the database's own bulk path");

    @ArchTest
    static final ArchRule scenario_packages_have_no_cycles = slices().matching("org.specloop.bench.(*)..")
            .should().beFreeOfCycles()
            .because("scenarios share the common client code and nothing of each other in both directions");
}
