package org.specloop.contracts.lot;

import org.specloop.contracts.common.SignatureMeaning;

/** A second person signs a requested deviation; its disposition then takes effect. */
public record ApproveLotDeviation(String lotId, String deviationId, String approver, String reason,
                                  SignatureMeaning signatureMeaning) {
}
