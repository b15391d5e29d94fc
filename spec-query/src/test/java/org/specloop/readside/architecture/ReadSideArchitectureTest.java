package org.specloop.readside.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.specloop.loop.policy.Capabilities;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.loop.policy.TransferFunctionView;
import org.specloop.loop.policy.TransferFunctions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * spec-query holds three parts: the query side (projections, read models and their REST adapters),
 * OEM notifications, and the workspace UI, a client of the command and the query side. Each part
 * shows in its imports what it depends on; these rules keep it that way.
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class ReadSideArchitectureTest {
    static final String QUERY = "org.specloop.query..";
    static final String NOTIFY = "org.specloop.notify..";
    static final String UI = "org.specloop.ui..";
    static final String SHARED = "org.specloop.readside..";
    static final String HTTP = "org.specloop..http..";

    @ArchTest
    static final ArchRule readModelsAndProjectionsDoNotKnowTheirAdapters = noClasses()
            .that().resideInAPackage(QUERY).and().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, UI)
            .because("the REST controllers and the pages read the read models; a read model that knew them"
                    + " could not serve the other");

    @ArchTest
    static final ArchRule querySideDoesNotKnowTheUi = noClasses().that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the UI is one client of the query side, the REST API another");

    @ArchTest
    static final ArchRule notificationsDoNotKnowQueryOrUi = noClasses().that().resideInAPackage(NOTIFY)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, UI)
            .because("notifications keep their own tables from the events, so they can be moved to a module"
                    + " or node of their own and are never late because a projection is");

    @ArchTest
    static final ArchRule queryAndUiDoNotKnowNotifications = noClasses().that().resideInAnyPackage(QUERY, UI)
            .should().dependOnClassesThat().resideInAPackage(NOTIFY)
            .because("notifications are a bounded part: event -> outbox -> delivery, with nothing reaching in");

    @ArchTest
    static final ArchRule sharedPlumbingKnowsNoPart = noClasses().that().resideInAPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, NOTIFY, UI, "org.specloop.loop..")
            .because("readside.shared exists so that query and notify need not depend on each other to share it");

    @ArchTest
    static final ArchRule uiIsAClientOfReadModelsCommandsAndTheLoopsCharts = classes().that().resideInAPackage(UI)
            .should().onlyDependOnClassesThat(resideInAnyPackage(UI, SHARED, "org.specloop.contracts..",
                    "org.axonframework.commandhandling.gateway..", "java..", "jakarta.servlet..", "org.springframework..",
                    "com.fasterxml.jackson..", "org.slf4j..", "com.lowagie..")
                    .or(resideInAPackage(QUERY).and(resideOutsideOfPackage(HTTP)))
                    .or(belongToAnyOf(ControlCharts.class, ControlChartView.class, Capabilities.class,
                            TransferFunctions.class, TransferFunctionView.class)))
            .because("the workspace sends contracts' commands through the gateway, reads the query side's read"
                    + " models (not its controllers) and draws the loop's charts, capability and transfer functions,"
                    + " computing none of its own; approval records are laid out as PDF with OpenPDF (com.lowagie)");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().resideInAnyPackage(QUERY, NOTIFY, UI)
            .and().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestControllerAdvice.class).or().areAnnotatedWith(ControllerAdvice.class)
            .should().notBePublic()
            .because("requests reach controllers through Spring, never through another class");

    @ArchTest
    static final ArchRule queryProjectionsArePackagePrivate = classes()
            .that().resideInAPackage(QUERY).and().areAnnotatedWith(ProcessingGroup.class)
            .should().notBePublic()
            .because("events reach projections through Axon; readers use the read model beside them");

    @ArchTest
    static final ArchRule queryPackagesHaveNoCycles = slices().matching("org.specloop.query.(*)..").should().beFreeOfCycles()
            .because("each feature's package depends on shared, never on another feature");

    @ArchTest
    static final ArchRule partsOfTheModuleHaveNoCycles = slices().matching("org.specloop.(*)..").should().beFreeOfCycles()
            .because("query, notify, ui, readside and the loop form a graph, so each can be read on its own");

    @ArchTest
    static final ArchRule notifyPackagesHaveNoCycles = slices().matching("org.specloop.notify.(*)..").should().beFreeOfCycles()
            .because("a notification reads straight down: event -> outbox -> delivery, all speaking message's vocabulary");
}
