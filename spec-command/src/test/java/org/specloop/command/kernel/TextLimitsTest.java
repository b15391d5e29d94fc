package org.specloop.command.kernel;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.TextLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Over-long text is refused at the edge, naming the field and the limit, never echoing the text. */
class TextLimitsTest {

    @Test
    void text_at_the_limit_is_accepted_and_one_more_character_is_refused_naming_field_and_limit() {
        FieldErrors ok = new FieldErrors();
        ok.require("partNumber", "P".repeat(TextLimits.PART_NUMBER), TextLimits.PART_NUMBER);
        assertThat(ok.isEmpty()).isTrue();

        FieldErrors tooLong = new FieldErrors();
        tooLong.require("partNumber", "P".repeat(300), TextLimits.PART_NUMBER);
        assertThatThrownBy(tooLong::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partNumber", "must be at most 128 characters (has 300)")));
    }

    @Test
    void an_optional_text_is_measured_only_when_present() {
        FieldErrors errors = new FieldErrors();
        errors.clean("title", null, TextLimits.NAME);
        errors.clean("reason", "x".repeat(TextLimits.REASON + 1), TextLimits.REASON);

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void a_100k_word_for_an_enum_is_refused_without_being_echoed() {
        FieldErrors errors = new FieldErrors();
        errors.enumValue("tier", org.specloop.contracts.source.Tier.class, "M".repeat(100_000));

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.getMessage()).contains("tier").contains("at most " + TextLimits.CODE).hasSizeLessThan(300));
    }

    @Test
    void client_ids_follow_the_id_limit_of_the_schemas() {
        assertThat(ClientIds.isSafe("L".repeat(TextLimits.ID))).isTrue();
        assertThat(ClientIds.isSafe("L".repeat(TextLimits.ID + 1))).isFalse();
    }

    @Test
    void a_long_country_code_is_not_echoed() {
        assertThat(CountryCodes.problem("D".repeat(100_000))).hasSizeLessThan(200);
    }

    @Test
    void an_aggregate_refuses_a_reason_longer_than_the_read_models_store_whoever_sends_it() {
        Signoff.checkReason("r".repeat(TextLimits.REASON));
        assertThatThrownBy(() -> Signoff.checkReason("r".repeat(TextLimits.REASON + 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Required.TOO_LONG));
    }
}
