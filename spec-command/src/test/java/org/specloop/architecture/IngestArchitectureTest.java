package org.specloop.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.specloop.architecture.ArchitectureConditions.beUsedFromAnotherPackage;
import static org.specloop.architecture.ArchitectureConditions.packagesUnder;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.messaging.MetaData;

/**
 * The boundaries of ingest (org.specloop.ingest): Kafka and HTTP NDJSON transport ({@code transport}),
 * the byte-level fast path ({@code parse}), messages to commands ({@code translate}), the working model
 * of rig runs ({@code rig}), their wiring ({@code wiring}) and the types they share (the root package).
 * Ingest is an adapter of the command side: it sends commands and knows the domain only through what
 * the REST API uses as well, the shared kernel and the per-aggregate input mappers.
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestArchitectureTest {

    static final String INGEST = "org.specloop.ingest..";

    @ArchTest
    static final ArchRule ingest_knows_the_command_side_only_through_kernel_and_input_mappers = noClasses()
            .that().resideInAPackage(INGEST)
            .should().dependOnClassesThat(resideInAPackage("org.specloop.command..")
                    .and(resideOutsideOfPackages("org.specloop.command.kernel..", "org.specloop.command..input..")))
            .because("ingest maps messages with the same input mappers as the REST API and sends the commands; "
                    + "aggregates, policies, REST adapters and the wiring are the command side's own");

    @ArchTest
    static final ArchRule ingest_uses_axon_only_through_the_command_gateway = classes()
            .that().resideInAPackage(INGEST)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.axonframework..")
                    .or(resideInAPackage("org.axonframework.commandhandling.gateway.."))
                    .or(type(MetaData.class)).or(assignableTo(Throwable.class)))
            .because("ingest reaches the domain by sending commands (and tells outcomes apart by the exceptions "
                    + "they end with), never by loading aggregates or appending events itself");

    @ArchTest
    static final ArchRule the_command_side_does_not_depend_on_ingest = noClasses()
            .that().resideInAPackage("org.specloop.command..")
            .should().dependOnClassesThat().resideInAPackage(INGEST)
            .because("ingest is one adapter among several; the command side works without it");

    @ArchTest
    static final ArchRule parsing_translation_and_the_run_model_do_not_know_their_transport = noClasses()
            .that().resideInAnyPackage("org.specloop.ingest.parse..", "org.specloop.ingest.translate..",
                    "org.specloop.ingest.rig..")
            .should().dependOnClassesThat().resideInAnyPackage("org.specloop.ingest.transport..",
                    "org.apache.kafka..", "org.springframework.web..", "jakarta.servlet..")
            .because("the same parsers, mappings and engine serve the Kafka consumers and the NDJSON endpoints");

    @ArchTest
    static final ArchRule ingest_packages_are_free_of_cycles = slices()
            .assignedFrom(packagesUnder("org.specloop.ingest"))
            .should().beFreeOfCycles()
            .because("transport, parsing, translation, the run model and the shared types each read as a unit, "
                    + "the wiring on top");

    @ArchTest
    static final ArchRule transport_is_not_public = noClasses()
            .that().resideInAPackage("org.specloop.ingest.transport..")
            .should().bePublic()
            .because("consumers and endpoints are started by Spring and reached by Kafka and HTTP only; "
                    + "no other class should call into them");

    @ArchTest
    static final ArchRule public_ingest_classes_are_used_from_another_package = classes()
            .that().resideInAPackage(INGEST).and().arePublic().and().areTopLevelClasses()
            .should(beUsedFromAnotherPackage())
            .because("a class only its own package uses is package-private, so that what a package offers "
                    + "the others is what its public classes say");
}
