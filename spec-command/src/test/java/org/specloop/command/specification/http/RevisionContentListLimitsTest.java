package org.specloop.command.specification.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.common.ListLimits;

/** Each list of a revision's content is held to its ListLimits constant before its elements are mapped. */
class RevisionContentListLimitsTest {
    private static final RevisionContentInput.Exclusion CHINA = new RevisionContentInput.Exclusion("SEPARATOR", "CN",
            LocalDate.parse("2027-01-01"), "DFARS 252.225-7052");

    private static List<FieldError> problems(RevisionContentInput input) {
        FieldErrors errors = new FieldErrors();
        RevisionContentMapper.map(input, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (RequestValidationException e) {
            return e.errors();
        }
    }

    private static RevisionContentInput exclusions(int count) {
        return new RevisionContentInput(List.of(), List.of(), new RevisionContentInput.Sourcing(List.of(),
                Collections.nCopies(count, CHINA), null, null, null), null);
    }

    @Test
    void country_exclusions_at_the_limit_are_mapped_and_one_more_is_refused_as_one_error() {
        assertThat(problems(exclusions(ListLimits.COUNTRY_EXCLUSIONS)))
                .noneMatch(p -> p.field().equals("sourcingRules.countryExclusions"));

        assertThat(problems(exclusions(ListLimits.COUNTRY_EXCLUSIONS + 1))).containsExactly(new FieldError(
                "sourcingRules.countryExclusions", "must hold at most 1500 items (has 1501)"));
    }

    @Test
    void characteristic_limits_beyond_the_limit_are_one_error() {
        RevisionContentInput.Limit limit = new RevisionContentInput.Limit("HcJ", null, null, null, null, null);
        RevisionContentInput input = new RevisionContentInput(Collections.nCopies(ListLimits.CHARACTERISTIC_LIMITS + 1,
                limit), List.of(), null, null);

        assertThat(problems(input)).containsExactly(new FieldError("characteristics",
                "must hold at most 200 items (has 201)"));
    }
}
