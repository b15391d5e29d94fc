package org.specloop.contracts.specification;

import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record SpecificationCreated(String specificationId, String partNumber, String grade, String title, String author) {
}
