package org.specloop.command.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsListTest {

    @Test
    void a_list_at_its_limit_fits_and_absent_is_fine() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.atMostItems("values", Collections.nCopies(32, "v"), 32)).isTrue();
        assertThat(errors.atMostItems("values", null, 32)).isTrue();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void a_longer_list_is_one_error_naming_the_field_the_limit_and_the_size() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.atMostItems("sourceChanges", Collections.nCopies(1_000_000, "x"), 60)).isFalse();

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).containsExactly(
                        new FieldError("sourceChanges", "must hold at most 60 items (has 1000000)")));
    }

    @Test
    void the_message_without_a_list_names_only_the_limit() {
        assertThat(FieldErrors.tooMany(null, 6)).isEqualTo("must hold at most 6 items");
        assertThat(FieldErrors.tooMany(List.of(1, 2), 1)).isEqualTo("must hold at most 1 items (has 2)");
    }
}
