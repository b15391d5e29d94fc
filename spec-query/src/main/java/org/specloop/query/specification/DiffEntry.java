package org.specloop.query.specification;

/** One field that differs between two revisions; unit is the canonical unit of numeric values, else null. */
public record DiffEntry(String path, Object before, Object after, Change change, String unit) {
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }
}
