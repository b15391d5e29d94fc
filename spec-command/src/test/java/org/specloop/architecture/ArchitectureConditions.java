package org.specloop.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** What the architecture tests of this module check that ArchUnit does not name itself. */
final class ArchitectureConditions {

    private ArchitectureConditions() {
    }

    /**
     * Used by a class of another package (of the classes analysed, so main code only). Nothing outside this
     * module uses its domain or ingest, so within the module the answer is complete for them.
     */
    static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean used = c.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(c.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is public, but only "
                            + c.getPackageName() + " uses it"));
                }
            }
        };
    }

    /** Every package under {@code root} a slice of its own, the root package included. */
    static SliceAssignment packagesUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String name = c.getPackageName();
                return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages under " + root;
            }
        };
    }
}
