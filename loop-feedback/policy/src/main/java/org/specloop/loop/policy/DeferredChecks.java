package org.specloop.loop.policy;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.units.Characteristic;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The drift checks and proposal reviews that measurements and motor results ask for, run once per processor batch
 * instead of once per measurement: a lab batch of hundreds of samples of one lot would otherwise
 * redraw the same control charts and review the same specs hundreds of times, and the loop fell
 * ever further behind the labs. They run before the loop handles an event of any other kind and
 * after the batch's last event, inside the batch's transaction (DeferredChecksInterceptor), so every
 * other event sees the decisions it saw before and nothing is decided outside a transaction.
 * Outside a batch (a handler called directly) they run at once. A replayed measurement asks for nothing
 * (LoopReplay): the checks it asked for when it was live are in the store already.
 */
@Component
class DeferredChecks {
    private static final String RESOURCE = DeferredChecks.class.getName();
    private final DriftPolicy drift;
    private final MotorTable motors;
    private final SpecTable specs;
    private final ProposalPolicy proposals;
    private final LotTable lots;

    public DeferredChecks(DriftPolicy drift, MotorTable motors, SpecTable specs, ProposalPolicy proposals, LotTable lots) {
        this.lots = lots;
        this.drift = drift;
        this.motors = motors;
        this.specs = specs;
        this.proposals = proposals;
    }

    private record ChartKey(String sourceId, String partNumber, Characteristic characteristic) {
    }

    private static final class Pending {
        private final Set<ChartKey> charts = new LinkedHashSet<>();
        private final Set<String> measuredLots = new LinkedHashSet<>();
        private final Set<String> specs = new LinkedHashSet<>();
    }

    /** The source's control chart of the part and characteristic has a new or changed point. */
    public void chartChanged(String sourceId, String partNumber, Characteristic characteristic) {
        if (LoopReplay.replaying()) {
            return;
        }
        Pending pending = pending();
        pending.charts.add(new ChartKey(sourceId, partNumber, characteristic));
        runUnlessBatched(pending);
    }

    /** The lot has new values: the specs of motor designs built with it are reviewed again. */
    public void lotMeasured(String lotId) {
        if (LoopReplay.replaying()) {
            return;
        }
        Pending pending = pending();
        pending.measuredLots.add(lotId);
        runUnlessBatched(pending);
    }

    /**
     * A motor result of a design built on the spec arrived: the spec is reviewed again, once per batch. A
     * review fits every motor of the design, so once per result made a rig's runs cost the square of their number.
     */
    public void specChanged(String specificationId) {
        if (LoopReplay.replaying()) {
            return;
        }
        Pending pending = pending();
        pending.specs.add(specificationId);
        runUnlessBatched(pending);
    }

    /** Runs what is pending: drift checks first (they may raise changes), then the spec reviews. */
    public void runPending() {
        // the batch's sample values are written first: the checks, and any other event, read them
        lots.flush();
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (pending != null) {
                run(pending);
            }
        }
    }

    private void run(Pending pending) {
        // a check judges every chart of the characteristic's cause (Br with (BH)max): once per cause is enough
        Set<ChartKey> checked = new LinkedHashSet<>();
        while (!pending.charts.isEmpty()) {
            ChartKey key = pending.charts.iterator().next();
            pending.charts.remove(key);
            if (checked.add(new ChartKey(key.sourceId(), key.partNumber(), drift.causeOf(key.characteristic())))) {
                drift.check(key.sourceId(), key.partNumber(), key.characteristic());
            }
        }
        Set<String> specIds = new LinkedHashSet<>(pending.specs);
        pending.specs.clear();
        pending.measuredLots.forEach(lot -> motors.designsWithLot(lot).forEach(design -> specs.design(design)
                .ifPresent(d -> specIds.add(d.requirements().specificationId()))));
        pending.measuredLots.clear();
        specIds.forEach(proposals::reconsider);
    }

    private void runUnlessBatched(Pending pending) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            run(pending);
        }
    }

    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Pending();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> new Pending());
    }
}
