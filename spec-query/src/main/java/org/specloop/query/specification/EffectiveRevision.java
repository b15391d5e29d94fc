package org.specloop.query.specification;

import org.specloop.contracts.specification.RevisionContent;

import java.time.Instant;

/** The revision of a specification that was in force at an instant, with what it specified. */
public record EffectiveRevision(String specificationId, String partNumber, String grade, int revision,
                                Instant effectiveFrom, String approver, Instant approvedAt, String signatureMeaning,
                                RevisionContent content, Instant asOf) {
}
