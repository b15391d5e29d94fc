package org.specloop.command.specification;

import org.specloop.command.kernel.RuleViolation;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The revisions of one specification by number; superseded and rejected ones stay for history. */
final class Revisions {
    private final SortedMap<Integer, Revision> byNumber = new TreeMap<>();
    private Integer effective;

    void put(Revision revision) {
        byNumber.put(revision.number(), revision);
        if (revision.status() == RevisionStatus.EFFECTIVE) {
            effective = revision.number();
        }
    }

    Revision get(int number) {
        Revision revision = byNumber.get(number);
        if (revision == null) {
            throw new RuleViolation("unknown-revision", "there is no revision " + number);
        }
        return revision;
    }

    Revision inStatus(int number, RevisionStatus expected, String rule) {
        Revision revision = get(number);
        if (revision.status() != expected) {
            throw new RuleViolation(rule, "revision " + number + " is " + revision.status() + ", not " + expected);
        }
        return revision;
    }

    int next() {
        return byNumber.isEmpty() ? 1 : byNumber.lastKey() + 1;
    }

    Optional<Revision> open() {
        return byNumber.values().stream().filter(r -> r.status().isOpen()).findFirst();
    }

    Optional<Revision> effective() {
        return Optional.ofNullable(effective).map(byNumber::get);
    }
}
