package org.specloop.query.specification;

import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.shared.TimedEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which revision was effective at an instant, from the specification's own events rather than
 * from a projection that may lag or be rebuilding: the approved revision with the latest
 * effectiveFrom not after the instant, ties going to the higher revision number. An approval
 * with a future effective date therefore answers correctly both before and after that date.
 */
public final class EffectiveRevisionFold {
    private String specificationId;
    private String partNumber;
    private String grade;
    private final Map<Integer, RevisionContent> contents = new HashMap<>();
    private final Map<Integer, Candidate> approved = new HashMap<>();

    private record Candidate(int revision, Instant effectiveFrom, String approver, Instant approvedAt, String meaning) {
    }

    public static Optional<EffectiveRevision> effectiveAt(List<TimedEvent> events, Instant asOf) {
        EffectiveRevisionFold fold = new EffectiveRevisionFold();
        events.forEach(fold::apply);
        return fold.answer(asOf);
    }

    private void apply(TimedEvent event) {
        Object payload = event.payload();
        if (payload instanceof SpecificationCreated e) {
            specificationId = e.specificationId();
            partNumber = e.partNumber();
            grade = e.grade();
        } else if (payload instanceof RevisionDrafted e) {
            contents.put(e.revision(), e.content());
        } else if (payload instanceof RevisionApproved e) {
            Instant approvedAt = e.approvedAt() != null ? e.approvedAt() : event.at();
            approved.put(e.revision(), new Candidate(e.revision(), e.effectiveFrom() != null ? e.effectiveFrom() : approvedAt,
                    e.approver(), approvedAt, e.signatureMeaning() == null ? null : e.signatureMeaning().name()));
        } else if (payload instanceof RevisionBecameEffective e) {
            specificationId = e.specificationId();
            partNumber = e.partNumber() != null ? e.partNumber() : partNumber;
            grade = e.grade() != null ? e.grade() : grade;
            if (e.content() != null) {
                contents.put(e.revision(), e.content());
            }
            // Only when the approval is missing from the stream: the approval's date is the decision.
            approved.putIfAbsent(e.revision(), new Candidate(e.revision(),
                    e.effectiveFrom() != null ? e.effectiveFrom() : event.at(), null, null, null));
        }
    }

    private Optional<EffectiveRevision> answer(Instant asOf) {
        return approved.values().stream()
                .filter(c -> !c.effectiveFrom().isAfter(asOf))
                .max(Comparator.comparing(Candidate::effectiveFrom).thenComparingInt(Candidate::revision))
                .map(c -> new EffectiveRevision(specificationId, partNumber, grade, c.revision(), c.effectiveFrom(),
                        c.approver(), c.approvedAt(), c.meaning(), contents.get(c.revision()), asOf));
    }
}
