package org.specloop.ingest.rig;

import org.specloop.ingest.parse.ParsedSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.RigRunMessage;
import org.specloop.contracts.rig.RunFinished;
import org.specloop.contracts.rig.RunStarted;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;

/**
 * The streaming aggregation of rig runs, shared by the Kafka consumers and the HTTP endpoints:
 * samples go into per-(run, point) aggregators, run control opens and closes points, a closed
 * point becomes one RecordOperatingPointResult. Raw samples are never stored; what survives a
 * restart is the state written by {@link #flush}, which stores the touched runs (aggregates and
 * counted sequences) and the consumed offsets in one transaction. Every effect is idempotent by
 * (run, sequence), (run, messageId) or (run, point), so reprocessing after a crash counts nothing twice.
 *
 * <p>One lock guards everything; callers parse outside it, so the lock only covers the cheap part,
 * and Kafka consumers hand over a whole poll at once ({@link #samples}).
 */
public final class RigIngestEngine {

    private static final Logger log = LoggerFactory.getLogger(RigIngestEngine.class);

    public enum Outcome { ACCEPTED, DUPLICATE, PARKED }

    private record Parked(ParsedSample sample, Source source, long at) {
    }

    private final RigStateStore store;
    private final RunCommands commands;
    private final RigIngestSettings settings;
    private final PointResults results;
    private final ResultOutbox outbox = new ResultOutbox();
    private final Map<String, RunState> runs = new HashMap<>();
    private final Map<String, List<Parked>> parked = new HashMap<>();
    private int parkedCount;

    public RigIngestEngine(RigStateStore store, RunCommands commands, RigIngestSettings settings,
                           EfficiencyClasses efficiencyClasses) {
        this.store = store;
        this.commands = commands;
        this.settings = settings;
        this.results = new PointResults(efficiencyClasses);
    }

    /** @throws Refusal when the sample can never be counted (unknown run over HTTP, too late, point closed) */
    public synchronized Outcome sample(ParsedSample s, Source source, long now) {
        RunState run = run(s.runId());
        if (run == null) {
            return park(s, source, now);
        }
        switch (run.window.offer(s.sequence())) {
            case DUPLICATE:
                return Outcome.DUPLICATE;
            case TOO_LATE:
                run.dirty = true;
                throw new Refusal("too-late: sample " + s.sequence() + " of run " + s.runId() + " arrived more than "
                        + settings.dedupWindow() + " sequences after newer ones; it was not counted");
            default:
                break;
        }
        run.dirty = true;
        PointState point = run.points.get(s.pointId());
        if (point == null && run.finishing) {
            throw new Refusal("run-finished: run " + s.runId() + " is finished and has no point " + s.pointId());
        }
        point = point != null ? point : run.point(s.pointId());
        if (!point.open()) {
            throw new Refusal("point-closed: point " + s.pointId() + " of run " + s.runId()
                    + " is already recorded; sample " + s.sequence() + " came after its result");
        }
        point.aggregator.accept(s.values());
        run.sampleArrived(point);
        if (source.fromKafka() && run.partition < 0) {
            run.partition = source.partition();
        }
        return Outcome.ACCEPTED;
    }

    /**
     * A poll's samples under one acquisition of the lock. Taken per sample, the lock changed hands
     * between two consumer threads for nearly every sample, and each hand-over (a parked and woken
     * thread) cost more than the sample itself.
     *
     * <p>
     * A sample that finds the park full (its run's control is not read yet, and too many samples
     * already wait for theirs) is neither counted nor refused: it and every later sample of its partition in
     * this poll are left unread, and {@code heldBack} gets the partition's first such offset, to be read again
     * once the parked samples have found their runs. Kafka reads the two rig topics at their own pace (a
     * backlog of samples can come ahead of the run control in front of it), and refusing those samples would
     * dead-letter valid data.
     *
     * @param counts   one count per {@link Outcome} ordinal, then one of refusals; incremented
     * @param heldBack filled with partition -> first offset left unread; the caller must read them again
     * @return the refused samples, for the caller to dead-letter outside the lock
     */
    public synchronized List<DeadLetter> samples(List<ParsedSample> samples, List<Source> sources, long now,
                                                 long[] counts, Map<Integer, Long> heldBack) {
        List<DeadLetter> refused = new ArrayList<>(0);
        for (int i = 0; i < samples.size(); i++) {
            Source source = sources.get(i);
            if (!heldBack.isEmpty() && heldBack.containsKey(source.partition())) {
                continue;
            }
            try {
                counts[sample(samples.get(i), source, now).ordinal()]++;
            } catch (ParkingFull full) {
                heldBack.put(source.partition(), source.offset());
            } catch (Refusal r) {
                refused.add(new DeadLetter(source, r.reason()));
                counts[Outcome.values().length]++;
            }
        }
        return refused;
    }

    /** True while the park has room again for half its limit: held-back partitions may be read again. */
    public synchronized boolean parkHasRoom() {
        return parkedCount < Math.max(1, settings.parkLimit() / 2);
    }

    /** Thrown inside the engine when a Kafka sample of an unknown run finds no room in the park. */
    private static final class ParkingFull extends RuntimeException {
        ParkingFull() {
            super(null, null, false, false);
        }
    }

    private Outcome park(ParsedSample s, Source source, long now) {
        String unknown = "unknown-run: no RunStarted for run " + s.runId();
        if (!source.fromKafka()) {
            throw new Refusal(unknown + "; send the run's RunStarted first");
        }
        if (parkedCount >= settings.parkLimit()) {
            throw new ParkingFull();
        }
        parked.computeIfAbsent(s.runId(), id -> new ArrayList<>()).add(new Parked(s, source, now));
        parkedCount++;
        return Outcome.PARKED;
    }

    /** @throws Refusal for an unknown run, a second RunStarted under another messageId, or a change after the finish */
    public synchronized Outcome control(RigRunMessage message, Source source, long now, Consumer<DeadLetter> deadLetters) {
        RunState run = run(message.runId());
        if (run != null && run.controlMessageIds.contains(message.messageId())) {
            return Outcome.DUPLICATE;
        }
        if (message instanceof RunStarted started) {
            if (run != null) {
                throw new Refusal("run-exists: run " + started.runId() + " was already started by another message");
            }
            start(started, source, now, deadLetters);
            return Outcome.ACCEPTED;
        }
        if (run == null) {
            throw new Refusal("unknown-run: no RunStarted for run " + message.runId());
        }
        if (run.finishing) {
            throw new Refusal("run-finished: run " + run.runId() + " is already finished");
        }
        if (message instanceof OperatingPointChanged change) {
            run.announce(change, now);
        } else if (message instanceof RunFinished finished) {
            run.finish(finished.at(), now);
        }
        run.controlMessageIds.add(message.messageId());
        return Outcome.ACCEPTED;
    }

    private void start(RunStarted s, Source source, long now, Consumer<DeadLetter> deadLetters) {
        StartMotorTestRun command = new StartMotorTestRun(s.runId(), s.rigId(), s.motorSerial(), s.motorDesign(),
                s.ratedPowerKw(), s.poles(), s.frequencyHz(), s.thermalClass(), s.shaftHeightMm(), s.mounting(),
                s.vibrationGrade(), s.installedLots(), settings.minimumIeClass(),
                settings.maxDemagnetizationLossPercent(), s.startedAt());
        commands.start(command);
        RunState run = new RunState(command, PointResults.settings(command, settings.noLoadPercentOfRated()),
                new SequenceWindow(settings.dedupWindow()));
        run.controlMessageIds.add(s.messageId());
        run.partition = source.fromKafka() ? source.partition() : -1;
        runs.put(run.runId(), run);
        List<Parked> waiting = parked.remove(s.runId());
        if (waiting != null) {
            parkedCount -= waiting.size();
            for (Parked p : waiting) {
                try {
                    sample(p.sample(), p.source(), now);
                } catch (Refusal r) {
                    deadLetters.accept(new DeadLetter(p.source(), r.reason()));
                }
            }
        }
    }

    /** Samples that waited longer than the grace for a RunStarted that never came. */
    public synchronized List<DeadLetter> expireParked(long now) {
        List<DeadLetter> expired = new ArrayList<>();
        long limit = now - settings.unknownRunGrace().toMillis();
        for (Iterator<List<Parked>> it = parked.values().iterator(); it.hasNext(); ) {
            List<Parked> waiting = it.next();
            if (waiting.get(0).at() <= limit) {
                waiting.forEach(p -> expired.add(new DeadLetter(p.source(), "unknown-run: no RunStarted for run "
                        + p.sample().runId() + " within " + settings.unknownRunGrace().toSeconds() + " s")));
                parkedCount -= waiting.size();
                it.remove();
            }
        }
        return expired;
    }

    /** Samples partitions whose caught-up state would let a closing point be recorded. */
    public synchronized Set<Integer> partitionsAwaitingClose() {
        Set<Integer> partitions = new HashSet<>();
        for (RunState run : runs.values()) {
            if (run.partition >= 0 && run.points.values().stream()
                    .anyMatch(p -> p.status == PointState.Status.CLOSING && !p.laterSampleSeen)) {
                partitions.add(run.partition);
            }
        }
        return partitions;
    }

    /**
     * Decides the result of every closing point that can have nothing left in flight (sent by
     * {@link #sendDecided} or {@link #flush}, outside the lock): a later point's sample
     * arrived, or its samples partition was found caught up (position at the end offset) by a
     * check made after the close; runs fed over HTTP are complete when the close arrives, because
     * each HTTP batch is stored before it is answered.
     *
     * @param caughtUpAt per samples partition, when it was last seen caught up (epoch millis)
     */
    public synchronized void closeReady(Map<Integer, Long> caughtUpAt, long now) {
        for (RunState run : runs.values()) {
            if (run.completed) {
                continue;
            }
            if (run.hasClosing()) {
                Long checked = run.partition < 0 ? Long.valueOf(Long.MAX_VALUE) : caughtUpAt.get(run.partition);
                List<PointState> ordered = new ArrayList<>(run.points.values());
                ordered.sort(Comparator.comparingInt(p -> p.order));
                for (PointState p : ordered) {
                    if (p.status == PointState.Status.OPEN) {
                        break;
                    }
                    if (p.status != PointState.Status.CLOSING) {
                        continue;
                    }
                    if (!p.laterSampleSeen && (checked == null || checked <= p.closeRequestedAt)) {
                        break; // earlier points first: KE_AFTER_DEMAG needs Ke from KE_BEFORE_DEMAG
                    }
                    record(run, p, now);
                }
            }
            if (run.finishing && run.allPointsDone()) {
                CompleteMotorTestRun complete = new CompleteMotorTestRun(run.runId(), run.finishedAt);
                String rigId = run.start.rigId();
                outbox.add(run.runId(), () -> commands.complete(complete, rigId));
                run.completed = true;
                run.dirty = true;
            }
        }
    }

    private void record(RunState run, PointState p, long now) {
        if (p.aggregator.count() == 0) {
            log.warn("point {} of run {} closed without samples; nothing to record", p.pointId, run.runId());
            p.status = PointState.Status.EMPTY;
        } else {
            RecordOperatingPointResult result = results.evaluate(run, p, Instant.ofEpochMilli(now));
            String rigId = run.start.rigId();
            outbox.add(run.runId(), () -> commands.record(result, rigId));
            p.status = PointState.Status.RECORDED;
        }
        p.aggregator = null;
        run.dirty = true;
    }

    /** The lowest parked offset of a partition, or Long.MAX_VALUE: stored offsets must not pass it. */
    public synchronized long lowestParkedOffset(String topic, int partition) {
        long lowest = Long.MAX_VALUE;
        for (List<Parked> waiting : parked.values()) {
            for (Parked p : waiting) {
                if (p.source().partition() == partition && p.source().topic().equals(topic)) {
                    lowest = Math.min(lowest, p.source().offset());
                }
            }
        }
        return lowest;
    }

    /**
     * Sends the results and completions decided so far (outside the lock, see ResultOutbox); a
     * consumer calls this after {@link #closeReady}, and {@link #flush} does it in any case.
     */
    public void sendDecided() {
        outbox.trySend();
    }

    /**
     * Sends every decided command, then stores every changed run and the given offsets in one
     * transaction and forgets completed runs. State is stored only with an empty outbox, so it
     * never marks a point recorded whose result is not in the event store.
     */
    public void flush(Map<StoredOffset, Long> offsets) {
        while (true) {
            outbox.send();
            synchronized (this) {
                if (outbox.isEmpty()) {
                    store(offsets);
                    return;
                }
            }
        }
    }

    /** {@link #flush}, unless another thread is sending decided commands right now; false when nothing was stored. */
    public boolean tryFlush(Map<StoredOffset, Long> offsets) {
        if (!outbox.trySend()) {
            return false;
        }
        flush(offsets);
        return true;
    }

    private void store(Map<StoredOffset, Long> offsets) {
        List<RunState> dirty = runs.values().stream().filter(r -> r.dirty).toList();
        if (dirty.isEmpty() && offsets.isEmpty()) {
            return;
        }
        store.save(dirty.stream().map(RunState::stored).toList(), offsets);
        dirty.forEach(r -> r.dirty = false);
        runs.values().removeIf(r -> r.completed);
    }

    /** After a rebalance took these partitions away: their runs are reloaded by whoever owns them now. */
    public synchronized void forget(Set<Integer> partitions) {
        drop(partitions, false);
    }

    /**
     * Like {@link #forget}, also for unsaved changes: the store refused them because another consumer
     * owns these partitions now and rebuilds their runs from the stored state and offsets.
     */
    public synchronized void discard(Set<Integer> partitions) {
        drop(partitions, true);
    }

    private void drop(Set<Integer> partitions, boolean unsaved) {
        runs.values().removeIf(r -> (unsaved || !r.dirty) && partitions.contains(r.partition));
        for (Iterator<List<Parked>> it = parked.values().iterator(); it.hasNext(); ) {
            List<Parked> waiting = it.next();
            int before = waiting.size();
            waiting.removeIf(p -> partitions.contains(p.source().partition()));
            parkedCount -= before - waiting.size();
            if (waiting.isEmpty()) {
                it.remove();
            }
        }
    }

    private RunState run(String runId) {
        RunState run = runs.get(runId);
        if (run != null || parked.containsKey(runId)) {
            return run;
        }
        run = store.load(runId).map(s -> RunState.restore(s, PointResults.settings(s.start(),
                settings.noLoadPercentOfRated()), settings.dedupWindow())).orElse(null);
        if (run != null) {
            runs.put(runId, run);
        }
        return run;
    }
}
