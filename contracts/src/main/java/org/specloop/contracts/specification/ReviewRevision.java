package org.specloop.contracts.specification;

import org.specloop.contracts.common.SignatureMeaning;

/**
 * Signs a proposed revision as reviewed: a second person's documented review that puts nothing
 * into force; the revision stays proposed until it is approved or rejected.
 */
public record ReviewRevision(String specificationId, int revision, String reviewer, String reason, SignatureMeaning signatureMeaning) {
}
