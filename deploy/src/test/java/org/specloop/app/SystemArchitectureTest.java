package org.specloop.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The whole system as docs/architecture.md draws it: which side may use which. Each module checks its
 * own inside (ContractsArchitectureTest, CommandArchitectureTest, IngestArchitectureTest,
 * LoopArchitectureTest, ReadSideArchitectureTest, ...); this test, in the one module that sees them all,
 * checks the lines between them, so a dependency that Maven would allow (both modules on one class path)
 * but the picture forbids still fails the build.
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class SystemArchitectureTest {

    @ArchTest
    static final ArchRule sides_use_each_other_only_as_drawn = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("contracts").definedBy("org.specloop.contracts..")
            .layer("calculations").definedBy("org.specloop.calculations..")
            .layer("shared kernel").definedBy("org.specloop.command.kernel..")
            .layer("command side").definedBy(resideInAPackage("org.specloop.command..")
                    .and(resideOutsideOfPackage("org.specloop.command.kernel..")))
            .layer("ingest").definedBy("org.specloop.ingest..")
            .layer("web and json plumbing").definedBy("org.specloop.infrastructure..")
            .layer("loop").definedBy("org.specloop.loop..")
            .layer("read-side plumbing").definedBy("org.specloop.readside..")
            .layer("query side").definedBy("org.specloop.query..")
            .layer("notifications").definedBy("org.specloop.notify..")
            .layer("workspace").definedBy("org.specloop.ui..")
            .layer("application").definedBy("org.specloop.app..")
            .whereLayer("calculations").mayOnlyBeAccessedByLayers("ingest", "loop", "application")
            .whereLayer("shared kernel").mayOnlyBeAccessedByLayers("command side", "ingest", "web and json plumbing",
                    "application")
            .whereLayer("command side").mayOnlyBeAccessedByLayers("ingest", "application")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("application")
            .whereLayer("web and json plumbing").mayOnlyBeAccessedByLayers("command side", "ingest", "application")
            .whereLayer("loop").mayOnlyBeAccessedByLayers("workspace", "application")
            .whereLayer("read-side plumbing").mayOnlyBeAccessedByLayers("query side", "notifications", "workspace",
                    "application")
            .whereLayer("query side").mayOnlyBeAccessedByLayers("workspace", "application")
            .whereLayer("notifications").mayOnlyBeAccessedByLayers("application")
            .whereLayer("workspace").mayOnlyBeAccessedByLayers("application")
            .whereLayer("application").mayNotBeAccessedByAnyLayer()
            .because("commands enter through the command side or ingest, events leave through contracts, and each"
                    + " reacting side (query, loop, notifications) keeps its own tables; the workspace is a client"
                    + " of both sides and the application only wires them together");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices().matching("org.specloop.(*).(*)..").should()
            .beFreeOfCycles()
            .because("a cycle between two packages (features, kernel, plumbing, across sides) would make them one"
                    + " in all but name");
}
