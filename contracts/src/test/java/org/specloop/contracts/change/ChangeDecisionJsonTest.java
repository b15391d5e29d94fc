package org.specloop.contracts.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.schema.ContractJson;

/** The public reason is a new, optional field: decisions stored before it read as having none. */
class ChangeDecisionJsonTest {
    private static final Instant AT = Instant.parse("2026-03-01T07:00:00Z");

    @Test
    void aStoredApprovalWithoutAPublicReasonReadsAsNone() throws Exception {
        EngineeringChangeApproved read = ContractJson.MAPPER.readValue("""
                {"changeId":"EC-1","approver":"qe.bob","reason":"FAI ok","signatureMeaning":"APPROVED",
                 "approvedAt":"2026-03-01T07:00:00Z"}""", EngineeringChangeApproved.class);

        assertThat(read).isEqualTo(new EngineeringChangeApproved("EC-1", "qe.bob", "FAI ok", SignatureMeaning.APPROVED, AT, null));
    }

    @Test
    void aStoredRejectionWithoutAPublicReasonReadsAsNone() throws Exception {
        EngineeringChangeRejected read = ContractJson.MAPPER.readValue("""
                {"changeId":"EC-1","rejector":"qe.bob","reason":"demag loss","rejectedAt":"2026-03-01T07:00:00Z"}""",
                EngineeringChangeRejected.class);

        assertThat(read.publicReason()).isNull();
        assertThat(read.reason()).isEqualTo("demag loss");
    }

    @Test
    void decisionsWithAPublicReasonRoundTrip() throws Exception {
        EngineeringChangeApproved approved = new EngineeringChangeApproved("EC-1", "qe.bob", "FAI ok", SignatureMeaning.APPROVED,
                AT, "Second source qualified");
        EngineeringChangeRejected rejected = new EngineeringChangeRejected("EC-2", "qe.bob", "price", AT, "Source not qualified");

        assertThat(ContractJson.MAPPER.treeToValue(ContractJson.toTree(approved), EngineeringChangeApproved.class)).isEqualTo(approved);
        assertThat(ContractJson.MAPPER.treeToValue(ContractJson.toTree(rejected), EngineeringChangeRejected.class)).isEqualTo(rejected);
    }
}
