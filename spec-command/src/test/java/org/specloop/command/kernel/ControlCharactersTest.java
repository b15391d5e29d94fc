package org.specloop.command.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"PN\u0000X", "A\u0007B", "esc\u001b[31m", "del\u007f", "c1\u0085", "LOT\u202eTXT.EXE", "iso\u2066late"})
    void control_characters_are_refused_in_a_required_field(String text) {
        FieldErrors errors = new FieldErrors();
        errors.require("partNumber", text);

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("partNumber", ControlCharacters.RULE)));
    }

    @Test
    void free_text_keeps_tabs_and_line_breaks_and_any_script() {
        FieldErrors errors = new FieldErrors();
        errors.require("reason", "HcJ margin\r\n\tafter LOT-42SH-0002: Überprüfung, 検査, تحقق");
        errors.clean("lab", null);

        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void an_optional_text_is_checked_when_present() {
        FieldErrors errors = new FieldErrors();
        errors.clean("lab", "QC\u0000lab");

        assertThat(errors.isEmpty()).isFalse();
    }
}
