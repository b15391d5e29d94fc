package org.specloop.loop.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The loop is a third side beside command and query: it reads events, keeps its own tables and sends
 * commands, all through contracts. Maven already keeps the command and query modules off its class
 * path; these rules say so in the code and keep the package's inside to itself.
 */
@AnalyzeClasses(packages = "org.specloop.loop", importOptions = ImportOption.DoNotIncludeTests.class)
class LoopArchitectureTest {
    static final String LOOP = "org.specloop.loop..";
    static final String POLICY = "org.specloop.loop.policy..";
    static final String HTTP = "org.specloop.loop.http..";

    @ArchTest
    static final ArchRule loopUsesOnlyContractsCalculationsAndItsFrameworks = classes().that().resideInAPackage(LOOP)
            .should().onlyDependOnClassesThat().resideInAnyPackage(LOOP, "org.specloop.contracts..",
                    "org.specloop.calculations..", "java..", "org.springframework..", "org.axonframework..",
                    "com.fasterxml.jackson..", "io.micrometer..", "org.slf4j..", "org.postgresql..")
            .because("the loop talks to the rest of SpecLoop only through events and commands of contracts,"
                    + " and computes only with the framework-free calculations");

    @ArchTest
    static final ArchRule onlyFreshPlanUsesTheDatabaseDriver = noClasses().that().resideInAPackage(LOOP)
            .and().doNotHaveSimpleName("FreshPlan")
            .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
            .because("the tables are read and written through JDBC; only the chart queries' plan-per-execution asks"
                    + " the PostgreSQL driver for anything of its own (FreshPlan)");

    @ArchTest
    static final ArchRule loopDoesNotReachIntoOtherSides = noClasses().that().resideInAPackage(LOOP)
            .should().dependOnClassesThat().resideInAnyPackage("org.specloop.command..", "org.specloop.ingest..",
                    "org.specloop.query..", "org.specloop.notify..", "org.specloop.ui..", "org.specloop.readside..",
                    "org.specloop.app..")
            .because("a decision of the loop must rest on its own tables, filled from events in store order,"
                    + " not on another side's state");

    @ArchTest
    static final ArchRule policyDoesNotKnowItsHttpAdapter = noClasses().that().resideInAPackage(POLICY)
            .should().dependOnClassesThat().resideInAPackage(HTTP)
            .because("the http adapter serves the policy package's views; the policies run without it");

    @ArchTest
    static final ArchRule policyIsFreeOfWeb = noClasses().that().resideInAPackage(POLICY)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..")
            .because("status codes and requests belong to the http adapter; the views it serves are plain records");

    @ArchTest
    static final ArchRule httpAdapterIsPackagePrivate = noClasses().that().resideInAPackage(HTTP)
            .and().areTopLevelClasses().should().bePublic()
            .because("nothing outside calls the controller; Spring finds package-private ones too");

    @ArchTest
    static final ArchRule onlyTheReadApiOfThePolicyPackageIsPublic = classes().that().resideInAPackage(POLICY)
            .and().areTopLevelClasses().and().arePublic()
            .should().haveNameMatching("org\\.specloop\\.loop\\.policy\\.(ControlCharts|ControlChartView|Capabilities|TransferFunctions"
                    + "|TransferFunctionView|LoopViews|LotTable|SpecTable|ProposalTable|Json|LoopMetrics|LoopConfiguration"
                    + "|LoopProperties)")
            .because("what other packages read (the charts the workspace draws, the tables' reads the http adapter"
                    + " answers from) is public; what writes tables or decides stays package-private");

    @ArchTest
    static final ArchRule loopPackagesHaveNoCycles = slices().matching("org.specloop.loop.(*)..").should().beFreeOfCycles()
            .because("the adapter depends on the policies and the policies on nothing of it");
}
