package org.specloop.contracts.specification;

import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record RevisionDrafted(String specificationId, String partNumber, int revision, RevisionContent content, String reason, String author) {
}
