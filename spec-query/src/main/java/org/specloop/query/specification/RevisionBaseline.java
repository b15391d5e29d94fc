package org.specloop.query.specification;

import java.util.Comparator;
import java.util.Optional;

/**
 * The revision a revision is read against, on its page and in its approval record: the one it replaced
 * when it became effective, else the revision in force; a first revision is compared with nothing. The
 * number before it is no baseline: revision 5 may replace 2 while 4 was approved and overtaken.
 */
public final class RevisionBaseline {
    private RevisionBaseline() {
    }

    public static Optional<RevisionView> of(SpecificationReadModel specifications, SpecificationSummary spec,
                                            RevisionView shown) {
        String id = spec.specificationId();
        int revision = shown.revision();
        if (shown.supersedesRevision() != null && shown.supersedesRevision() != revision) {
            return specifications.revision(id, shown.supersedesRevision());
        }
        if (spec.effectiveRevision() != null && spec.effectiveRevision() != revision) {
            return specifications.revision(id, spec.effectiveRevision());
        }
        return specifications.revisions(id).stream().filter(r -> r.revision() < revision)
                .max(Comparator.comparingInt(RevisionView::revision))
                .flatMap(r -> specifications.revision(id, r.revision()));
    }
}
