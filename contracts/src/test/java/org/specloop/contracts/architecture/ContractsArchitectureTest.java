package org.specloop.contracts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Contracts are the public language every side, every client and the stored events share. They must
 * load anywhere: in the command and query sides, the loop, the benchmark clients and an OEM's consumer,
 * and they must deserialize years of stored events, so they carry nothing but Java and Jackson's
 * annotations (the mapper is configured by whoever reads them).
 */
@AnalyzeClasses(packages = "org.specloop.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule contracts_use_only_java_and_jacksons_annotations = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.specloop.contracts..", "java..",
                    "com.fasterxml.jackson.annotation..")
            .because("a contract is read by every side and by integrators; a framework type in it would force"
                    + " that framework on all of them and tie stored events to it");

    @ArchTest
    static final ArchRule contracts_know_no_side = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.specloop.command..", "org.specloop.query..",
                    "org.specloop.ingest..", "org.specloop.loop..", "org.specloop.notify..", "org.specloop.ui..",
                    "org.specloop.readside..", "org.specloop.calculations..", "org.specloop.app..",
                    "org.specloop.infrastructure..")
            .because("every module depends on contracts; the reverse would be a cycle between modules");

    @ArchTest
    static final ArchRule contract_packages_have_no_cycles = slices().matching("org.specloop.contracts.(*)..")
            .should().beFreeOfCycles()
            .because("each feature's messages build on the shared value types (units, common), never on each other"
                    + " in both directions");

    @ArchTest
    static final ArchRule messages_are_immutable = classes().that().areTopLevelClasses().and().areNotInterfaces()
            .and().areNotEnums()
            .should().haveOnlyFinalFields()
            .because("a command or an event is a fact once sent; a setter would let a handler change it for the"
                    + " next handler");
}
