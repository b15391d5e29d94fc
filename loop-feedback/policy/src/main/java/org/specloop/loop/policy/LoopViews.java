package org.specloop.loop.policy;

import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The control charts and transfer functions the read API serves, kept until the facts they are computed from
 * change. Each was computed over every lot or motor on every request (a chart of 10,000 lots read and judged
 * all of them for each of 32 readers); now one request computes it per data version and the others take it, or
 * wait for the computation under way. The version is read from the database (FactVersions, one query) before
 * anything is computed, so a write on any node is seen by the next request. The policies compute their charts
 * and fits themselves, inside their own transaction: this is for readers only.
 */
@Component
public class LoopViews {
    /** Views kept of each kind: few, since a chart holds a point (and CUSUM and EWMA points) per lot of its source. */
    static final int KEPT = 32;
    private final ControlCharts charts;
    private final TransferFunctions transfers;
    private final SpecTable specs;
    private final FactVersions versions;
    final ReadCache<ChartKey, Optional<ControlChartView>> chartViews = new ReadCache<>(KEPT);
    final ReadCache<SpecTable.Design, List<TransferFunctionView>> transferViews = new ReadCache<>(KEPT);

    record ChartKey(String sourceId, String partNumber, Characteristic characteristic, String type) {
    }

    LoopViews(ControlCharts charts, TransferFunctions transfers, SpecTable specs, JdbcTemplate jdbc) {
        this.charts = charts;
        this.transfers = transfers;
        this.specs = specs;
        this.versions = new FactVersions(jdbc);
    }

    /** As {@link ControlCharts#view}. */
    public Optional<ControlChartView> controlChart(String sourceId, String partNumber, Characteristic characteristic,
                                                   String type) {
        long version = versions.of(FactVersions.source(sourceId));
        return chartViews.get(new ChartKey(sourceId, partNumber, characteristic, type), version,
                () -> charts.view(sourceId, partNumber, characteristic, type));
    }

    /**
     * As {@link TransferFunctions#of(SpecTable.Design)}. The design as read is part of the key: a request that read
     * it before a revision and its version after keeps what it computed apart from the revised design's.
     */
    public List<TransferFunctionView> transferFunctions(SpecTable.Design design) {
        long version = versions.of(FactVersions.design(design.designId()));
        return transferViews.get(design, version, () -> transfers.of(design));
    }

    /** As {@link TransferFunctions#ofSpecification}, from each design's kept views. */
    public List<TransferFunctionView> transferFunctionsOfSpecification(String specificationId) {
        return specs.designsOf(specificationId).stream().flatMap(design -> transferFunctions(design).stream()).toList();
    }
}
