package org.specloop.ui;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.TextLimits;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reason typed into the workspace is held to the same limit as over the API. */
class SignatureTest {

    @Test
    void a_reason_up_to_the_limit_is_kept_trimmed_and_a_longer_one_is_a_400_naming_the_limit() {
        assertThat(Signature.reason("  ok  ")).isEqualTo("ok");
        assertThat(Signature.reason("r".repeat(TextLimits.REASON))).hasSize(TextLimits.REASON);

        assertThatThrownBy(() -> Signature.reason("r".repeat(100_000)))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getReason()).isEqualTo("reason must be at most 4000 characters (has 100000)");
                });
    }

    @Test
    void a_public_reason_is_optional_stripped_and_held_to_the_same_limit() {
        assertThat(Signature.publicReason(null)).isNull();
        assertThat(Signature.publicReason("   ")).isNull();
        assertThat(Signature.publicReason(" Second source qualified ")).isEqualTo("Second source qualified");

        assertThatThrownBy(() -> Signature.publicReason("p".repeat(TextLimits.REASON + 1)))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getReason()).isEqualTo("publicReason must be at most 4000 characters (has 4001)");
                });
    }
}
