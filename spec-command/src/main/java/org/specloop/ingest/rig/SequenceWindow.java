package org.specloop.ingest.rig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sample sequences of one run were already counted. In order, it is one number: every
 * sequence below {@code floor} is counted. Out-of-order sequences above the floor are remembered
 * one by one until the gap below them fills, up to {@code window} sequences ahead of the floor.
 * When a sequence lands further ahead, the floor is pulled up and the gaps it passes are
 * remembered as abandoned ranges: a sample that arrives in one later was never counted and is
 * dead-lettered as too late, which keeps "duplicate" and "too late" apart.
 */
final class SequenceWindow {

    enum Outcome { NEW, DUPLICATE, TOO_LATE }

    /** Abandoned ranges kept at most; the oldest are merged beyond that, so memory stays bounded. */
    private static final int MAX_ABANDONED = 256;

    private final int window;
    private long floor;
    private final Set<Long> ahead = new HashSet<>();
    private final List<long[]> abandoned = new ArrayList<>();

    SequenceWindow(int window) {
        this.window = window;
    }

    /** How far ahead of the floor sequences are remembered one by one. */
    int size() {
        return window;
    }

    Outcome offer(long sequence) {
        if (sequence < floor) {
            return inAbandoned(sequence) ? Outcome.TOO_LATE : Outcome.DUPLICATE;
        }
        if (sequence == floor && ahead.isEmpty()) {
            floor++;
            return Outcome.NEW;
        }
        if (!ahead.add(sequence)) {
            return Outcome.DUPLICATE;
        }
        if (sequence - floor >= window) {
            slideTo(sequence - window + 1);
        }
        while (ahead.remove(floor)) {
            floor++;
        }
        return Outcome.NEW;
    }

    /** Pulls the floor up to {@code newFloor}, remembering the sequences never seen as abandoned. */
    private void slideTo(long newFloor) {
        List<Long> passed = ahead.stream().filter(s -> s < newFloor).sorted().toList();
        long next = floor;
        for (long s : passed) {
            if (s > next) {
                abandon(next, s);
            }
            next = s + 1;
            ahead.remove(s);
        }
        if (next < newFloor) {
            abandon(next, newFloor);
        }
        floor = newFloor;
    }

    private void abandon(long from, long to) {
        abandoned.add(new long[] {from, to});
        if (abandoned.size() > MAX_ABANDONED) {
            long[] first = abandoned.remove(0);
            abandoned.get(0)[0] = Math.min(first[0], abandoned.get(0)[0]);
        }
    }

    private boolean inAbandoned(long sequence) {
        for (long[] range : abandoned) {
            if (sequence >= range[0] && sequence < range[1]) {
                return true;
            }
        }
        return false;
    }

    Stored stored() {
        return new Stored(floor, ahead.stream().sorted().toList(), abandoned.stream().map(long[]::clone).toList());
    }

    static SequenceWindow restore(int window, Stored stored) {
        SequenceWindow w = new SequenceWindow(window);
        if (stored != null) {
            w.floor = stored.floor();
            w.ahead.addAll(stored.ahead());
            stored.abandoned().forEach(r -> w.abandoned.add(r.clone()));
        }
        return w;
    }

    /** The persisted form: usually just the floor, as samples mostly arrive in order. */
    record Stored(long floor, List<Long> ahead, List<long[]> abandoned) {
        Stored {
            ahead = ahead == null ? List.of() : ahead;
            abandoned = abandoned == null ? List.of() : abandoned;
        }
    }
}
