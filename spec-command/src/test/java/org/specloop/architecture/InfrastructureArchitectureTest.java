package org.specloop.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plumbing the command API and ingest share (org.specloop.infrastructure: web for the HTTP edge,
 * json for what the module keeps as JSON in its own tables) sits below both.
 */
@AnalyzeClasses(packages = "org.specloop", importOptions = ImportOption.DoNotIncludeTests.class)
class InfrastructureArchitectureTest {

    @ArchTest
    static final ArchRule infrastructure_knows_only_the_kernel_of_the_command_side = noClasses()
            .that().resideInAPackage("org.specloop.infrastructure..")
            .should().dependOnClassesThat(resideInAPackage("org.specloop.command..")
                    .and(resideOutsideOfPackage("org.specloop.command.kernel..")))
            .orShould().dependOnClassesThat().resideInAPackage("org.specloop.ingest..")
            .because("it serves the command API and ingest alike, so it can depend on neither; the kernel's "
                    + "refusals are what it turns into problem responses");
}
