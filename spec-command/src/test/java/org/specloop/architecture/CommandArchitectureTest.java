package org.specloop.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.specloop.architecture.ArchitectureConditions.beUsedFromAnotherPackage;
import static org.specloop.architecture.ArchitectureConditions.packagesUnder;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Saga;

/**
 * The boundaries of the command side (org.specloop.command). The domain is every feature package with
 * its aggregates and value types, the shared kernel ({@code command.kernel}) and the per-aggregate input
 * mappers ({@code ..input..}); the adapters are the REST endpoints ({@code ..http..}), the components that
 * react to events and send commands, with their private tables ({@code ..policy..}), and the Axon wiring
 * ({@code command.axon}). Ingest and the shared infrastructure are adapters from outside the tree
 * (IngestArchitectureTest, InfrastructureArchitectureTest).
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandArchitectureTest {

    static final String COMMAND = "org.specloop.command..";
    static final String WIRING = "org.specloop.command.axon..";
    static final String[] ADAPTERS = {"org.specloop.command..http..", "org.specloop.command..policy..", WIRING};

    /** An aggregate is what Axon models as one: a class with an @AggregateIdentifier field. */
    static final DescribedPredicate<JavaClass> AGGREGATES = describe("are aggregates",
            c -> c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(AggregateIdentifier.class)));

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAPackage(COMMAND).and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..",
                    "jakarta..", "java.sql..", "javax.sql..", "com.fasterxml.jackson.databind..", "org.apache.kafka..",
                    "io.micrometer..")
            .because("aggregates, their value types, the kernel and the input mappers are plain Java that every "
                    + "adapter (REST, policy, ingest) can use and a fixture can test without a container");

    @ArchTest
    static final ArchRule only_aggregates_use_axon = noClasses()
            .that().resideInAPackage(COMMAND).and().resideOutsideOfPackages(ADAPTERS).and(not(AGGREGATES))
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
            .because("Axon's modelling annotations mark the aggregates; the rest of the domain does without Axon");

    @ArchTest
    static final ArchRule aggregates_use_only_axons_modelling_api = classes()
            .that(AGGREGATES)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.axonframework..")
                    .or(resideInAPackage("org.axonframework.modelling.command"))
                    .or(type(CommandHandler.class)).or(type(EventSourcingHandler.class)).or(type(MetaData.class)))
            .because("an aggregate handles commands and applies events; gateways, buses, the event store and "
                    + "the configuration belong to the adapters and the wiring");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_adapters = noClasses()
            .that().resideInAPackage(COMMAND).and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.specloop.ingest..", "org.specloop.infrastructure..")
            .because("adapters depend on the domain, never the reverse");

    @ArchTest
    static final ArchRule kernel_depends_on_no_feature = classes()
            .that().resideInAPackage("org.specloop.command.kernel..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.specloop.command.kernel..",
                    "org.specloop.contracts..", "java..")
            .because("the shared kernel holds what several aggregates use, so it can know none of them");

    @ArchTest
    static final ArchRule rest_endpoints_use_neither_policies_nor_wiring = noClasses()
            .that().resideInAPackage("org.specloop.command..http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.specloop.command..policy..", WIRING)
            .because("a REST endpoint turns a request into a command through its aggregate's mappers, not "
                    + "through a policy's tables or the wiring");

    @ArchTest
    static final ArchRule policies_use_neither_http_nor_wiring = noClasses()
            .that().resideInAPackage("org.specloop.command..policy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.specloop.command..http..", WIRING,
                    "org.specloop.infrastructure.web..")
            .because("a policy reacts to events with commands; HTTP and the wiring are none of its business");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("org.specloop.command.(*)..")
            .should().beFreeOfCycles()
            .because("a feature reads as a unit, with its REST endpoints, policies and mappers; a cycle would "
                    + "make two features one");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .assignedFrom(packagesUnder("org.specloop.command"))
            .should().beFreeOfCycles()
            .because("within a feature too, the adapters sit on the domain and not beside it");

    @ArchTest
    static final ArchRule rest_endpoints_are_not_public = noClasses()
            .that().resideInAPackage("org.specloop.command..http..")
            .should().bePublic()
            .because("Spring reaches controllers and binds request records by reflection; no other class should "
                    + "use them, and what is not public cannot be used by accident");

    @ArchTest
    static final ArchRule policies_are_not_public_except_sagas = noClasses()
            .that().resideInAPackage("org.specloop.command..policy..").and().areNotAnnotatedWith(Saga.class)
            .should().bePublic()
            .because("policies and their tables are reached only through events and Spring; a saga stays public "
                    + "because Axon creates it through its public constructor, without setAccessible");

    @ArchTest
    static final ArchRule public_domain_classes_are_used_from_another_package = classes()
            .that().resideInAPackage(COMMAND).and().resideOutsideOfPackages(ADAPTERS)
            .and().arePublic().and().areTopLevelClasses()
            .should(beUsedFromAnotherPackage())
            .because("a domain class only its own package uses is package-private, so that what a feature offers "
                    + "the adapters and the other features is what its public classes say");
}
