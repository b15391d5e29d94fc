package org.specloop.ingest.rig;

import org.specloop.ingest.parse.ParsedSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.Refusal;
import org.specloop.command.motor.input.DesignRequirements;
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
 * <p><b>Where the rules of a motor run live.</b> The working model here holds the rules about the
 * stream, which the aggregate never sees, because it sees one command per point and one per run:
 * <ul>
 * <li>which samples count ({@link RunState#count}): each sequence once within the dedup window, a
 * sample too far behind refused as too late, none into a point already recorded, none of a new point
 * after the run finished;</li>
 * <li>the points ({@link RunState}, {@link PointState}): opened by their announcement or first sample,
 * closed when the rig moves on or finishes, decided only when nothing of them can be in flight, and in
 * the order the rig ran them, so the demagnetization point finds Ke from the point before the overload;</li>
 * <li>the result of a point ({@link PointResults}): IEC 60034 values and one verdict per requirement,
 * with the site's rules (minimum IE class, demagnetization limit) copied into the start command;</li>
 * <li>parking ({@link ParkedSamples}): samples ahead of their RunStarted wait, up to a limit and a grace;</li>
 * <li>run control: a message id applies once, a run starts once, nothing changes after the finish, and the
 * run is completed once finished with every point decided, after its last result ({@link ResultOutbox}).</li>
 * </ul>
 * The MotorTestRun aggregate (org.specloop.command.motor) holds the rules about the recorded facts, for
 * every sender (MotorRunCommands and the handlers): a run starts once, with its rig, motor and design, a
 * valid rating (power, even pole count), thermal class, mounting, vibration grade and its installed magnet
 * lots; a result names its point and kind and has at least one sample; a point is recorded once (a repeat
 * is ignored), none after the completion (refused); a completion comes once and counts the recorded points.
 * It takes the verdicts as facts and does not judge them again. The working state is stored with the
 * Kafka offsets, not as events, because it changes with every sample.
 *
 * <p>One lock (this engine's monitor) guards all runs and the parked samples; RunState, PointState and
 * ParkedSamples have no lock of their own. Callers parse outside it, so the lock only covers the cheap
 * part, and Kafka consumers hand over a whole poll at once ({@link #samples}). Commands decided under the
 * lock are sent outside it.
 */
public final class RigIngestEngine {

    private static final Logger log = LoggerFactory.getLogger(RigIngestEngine.class);

    public enum Outcome { ACCEPTED, DUPLICATE, PARKED }

    private final RigStateStore store;
    private final RunCommands commands;
    private final RigIngestSettings settings;
    private final PointResults results;
    private final ResultOutbox outbox = new ResultOutbox();
    private final Map<String, RunState> runs = new HashMap<>();
    private final ParkedSamples parked;
    private final DesignRequirements designs;

    public RigIngestEngine(RigStateStore store, RunCommands commands, RigIngestSettings settings,
                           EfficiencyClasses efficiencyClasses) {
        this(store, commands, settings, efficiencyClasses, designId -> java.util.Optional.empty());
    }

    /** @param designs the requirements each design sets for its runs; the site's settings fill what it leaves open */
    public RigIngestEngine(RigStateStore store, RunCommands commands, RigIngestSettings settings,
                           EfficiencyClasses efficiencyClasses, DesignRequirements designs) {
        this.designs = designs;
        this.store = store;
        this.commands = commands;
        this.settings = settings;
        this.results = new PointResults(efficiencyClasses, settings.magnetReference());
        this.parked = new ParkedSamples(settings.parkLimit(), settings.unknownRunGrace());
    }

    /** @throws Refusal when the sample can never be counted (unknown run over HTTP, too late, point closed) */
    public synchronized Outcome sample(ParsedSample s, Source source, long now) {
        return count(s, source, now);
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
                counts[count(samples.get(i), source, now).ordinal()]++;
            } catch (ParkingFull full) {
                heldBack.put(source.partition(), source.offset());
            } catch (Refusal r) {
                refused.add(new DeadLetter(source, r.reason()));
                counts[Outcome.values().length]++;
            }
        }
        return refused;
    }

    /** Under the lock: one sample, into its run or the park. */
    private Outcome count(ParsedSample s, Source source, long now) {
        RunState run = run(s.runId());
        if (run == null) {
            return park(s, source, now);
        }
        return run.count(s, source) ? Outcome.ACCEPTED : Outcome.DUPLICATE;
    }

    /** True while the park has room again for half its limit: held-back partitions may be read again. */
    public synchronized boolean parkHasRoom() {
        return parked.hasRoomAgain();
    }

    /** Thrown inside the engine when a Kafka sample of an unknown run finds no room in the park. */
    private static final class ParkingFull extends RuntimeException {
        ParkingFull() {
            super(null, null, false, false);
        }
    }

    private Outcome park(ParsedSample s, Source source, long now) {
        if (!source.fromKafka()) {
            throw new Refusal("unknown-run: no RunStarted for run " + s.runId() + "; send the run's RunStarted first");
        }
        if (parked.full()) {
            throw new ParkingFull();
        }
        parked.park(s, source, now);
        return Outcome.PARKED;
    }

    /** @throws Refusal for an unknown run, a second RunStarted under another messageId, or a change after the finish */
    public synchronized Outcome control(RigRunMessage message, Source source, long now, Consumer<DeadLetter> deadLetters) {
        RunState run = run(message.runId());
        if (run != null && run.applied(message.messageId())) {
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
        if (run.finishing()) {
            throw new Refusal("run-finished: run " + run.runId() + " is already finished");
        }
        if (message instanceof OperatingPointChanged change) {
            run.announce(change, now);
        } else if (message instanceof RunFinished finished) {
            run.finish(finished, now);
        }
        return Outcome.ACCEPTED;
    }

    private void start(RunStarted s, Source source, long now, Consumer<DeadLetter> deadLetters) {
        // judged against the design's own requirements; the site's settings stand in where it sets none
        DesignRequirements.RunRequirements required = designs.of(s.motorDesign())
                .orElse(new DesignRequirements.RunRequirements(null, null))
                .orElse(settings.minimumIeClass(), settings.maxDemagnetizationLossPercent());
        StartMotorTestRun command = new StartMotorTestRun(s.runId(), s.rigId(), s.motorSerial(), s.motorDesign(),
                s.ratedPowerKw(), s.poles(), s.frequencyHz(), s.thermalClass(), s.shaftHeightMm(), s.mounting(),
                s.vibrationGrade(), s.installedLots(), required.minimumIeClass(),
                required.maxDemagnetizationLossPercent(), s.startedAt());
        try {
            commands.start(command);
        } catch (Refusal refused) {
            // the samples that waited for this run go with it, each with the reason, instead of expiring later
            for (ParkedSamples.Parked p : parked.release(s.runId())) {
                deadLetters.accept(new DeadLetter(p.source(), "run " + s.runId() + " was refused: " + refused.reason()));
            }
            throw refused;
        }
        RunState run = RunState.started(command, PointResults.settings(command, settings.noLoadPercentOfRated()),
                settings.dedupWindow(), s.messageId(), source);
        runs.put(run.runId(), run);
        for (ParkedSamples.Parked p : parked.release(s.runId())) {
            try {
                count(p.sample(), p.source(), now);
            } catch (Refusal r) {
                deadLetters.accept(new DeadLetter(p.source(), r.reason()));
            }
        }
    }

    /** Samples that waited longer than the grace for a RunStarted that never came. */
    public synchronized List<DeadLetter> expireParked(long now) {
        return parked.expire(now);
    }

    /** Samples partitions whose caught-up state would let a closing point be recorded. */
    public synchronized Set<Integer> partitionsAwaitingClose() {
        Set<Integer> partitions = new HashSet<>();
        for (RunState run : runs.values()) {
            if (run.awaitsCatchUp()) {
                partitions.add(run.partition());
            }
        }
        return partitions;
    }

    /**
     * Decides the result of every closing point that can have nothing left in flight (see
     * {@link RunState#decidable}), and the completion of every finished run whose points are all
     * decided; both are sent by {@link #sendDecided} or {@link #flush}, outside the lock.
     *
     * @param caughtUpAt per samples partition, when it was last seen caught up (epoch millis)
     */
    public synchronized void closeReady(Map<Integer, Long> caughtUpAt, long now) {
        for (RunState run : runs.values()) {
            for (PointState p : run.decidable(caughtUpAt)) {
                record(run, p, now);
            }
            if (run.completable()) {
                CompleteMotorTestRun complete = run.complete();
                String rigId = run.rigId();
                outbox.add(run.runId(), () -> commands.complete(complete, rigId));
            }
        }
    }

    private void record(RunState run, PointState p, long now) {
        if (!p.hasSamples()) {
            log.warn("point {} of run {} closed without samples; nothing to record", p.pointId(), run.runId());
            run.empty(p);
            return;
        }
        RecordOperatingPointResult result = results.evaluate(run, p, Instant.ofEpochMilli(now));
        String rigId = run.rigId();
        outbox.add(run.runId(), () -> commands.record(result, rigId));
        run.recorded(p, result);
    }

    /** The lowest parked offset of a partition, or Long.MAX_VALUE: stored offsets must not pass it. */
    public synchronized long lowestParkedOffset(String topic, int partition) {
        return parked.lowestOffset(topic, partition);
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
        List<RunState> unsaved = runs.values().stream().filter(RunState::unsaved).toList();
        if (unsaved.isEmpty() && offsets.isEmpty()) {
            return;
        }
        store.save(unsaved.stream().map(RunState::stored).toList(), offsets);
        unsaved.forEach(RunState::saved);
        runs.values().removeIf(RunState::completed);
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
        runs.values().removeIf(r -> (unsaved || !r.unsaved()) && partitions.contains(r.partition()));
        parked.drop(partitions);
    }

    private RunState run(String runId) {
        RunState run = runs.get(runId);
        if (run != null || parked.waitFor(runId)) {
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
