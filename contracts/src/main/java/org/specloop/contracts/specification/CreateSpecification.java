package org.specloop.contracts.specification;

/** Creates a specification for a part number and grade, with its first revision as a draft. */
public record CreateSpecification(String specificationId, String partNumber, String grade, String title, RevisionContent initialContent, String author) {
}
