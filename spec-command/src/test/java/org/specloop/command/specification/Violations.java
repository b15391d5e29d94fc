package org.specloop.command.specification;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.specloop.command.kernel.RuleViolation;

/** Matches a RuleViolation by its stable rule name, which is what clients react to. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violation(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation item) {
                return rule.equals(item.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }
        };
    }
}
