package org.specloop.loop.policy;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The drift watch's kept points must be the chart LotTable#means reads from the database, whatever happened since
 * they were read: samples of the same and of new lots, a lot received late with an earlier receipt, other sources'
 * samples, another node's writes, a rolled-back batch, a reset.
 */
class ChartPointsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final int MIN_SAMPLES = 2;
    private JdbcTemplate jdbc;
    private LotTable lots;
    private ChartPoints points;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        lots = new LotTable(jdbc);
        points = new ChartPoints(lots);
    }

    @Test
    void keptPointsFollowNewSamplesNewLotsAndLateReceiptsAsTheDatabaseHasThem() {
        receive("LOT-1", "MAKER-1", 10);
        receive("LOT-2", "MAKER-1", 20);
        measure("LOT-1", 3, 1.20);
        measure("LOT-2", 1, 1.22);
        assertKeptEqualsStored("MAKER-1");

        measure("LOT-2", 3, 1.24);
        receive("LOT-3", "MAKER-1", 30);
        measure("LOT-3", 2, 1.26);
        receive("LOT-0", "MAKER-1", 5);
        measure("LOT-0", 2, 1.18);
        receive("LOT-9", "MAKER-2", 15);
        measure("LOT-9", 4, 1.40);

        assertThat(kept("MAKER-1")).extracting(LotTable.LotPoint::lotId).containsExactly("LOT-0", "LOT-1", "LOT-2", "LOT-3");
        assertKeptEqualsStored("MAKER-1");
        assertKeptEqualsStored("MAKER-2");

        // the lots after the late one moved up a place: their next samples must land on their own points
        measure("LOT-3", 4, 1.30);
        measure("LOT-1", 5, 1.21);
        assertKeptEqualsStored("MAKER-1");
    }

    @Test
    void aRemeasuredSampleMovesTheKeptMean() {
        receive("LOT-1", "MAKER-1", 10);
        measure("LOT-1", 3, 1.20);
        assertKeptEqualsStored("MAKER-1");

        lots.sample("LOT-1", "s1", Characteristic.BR, 20, 1.50, T0);

        assertThat(kept("MAKER-1").get(0).mean()).isCloseTo(1.30, within(1e-12));
        assertKeptEqualsStored("MAKER-1");
    }

    @Test
    void anotherNodesWritesAreReadByTheirStamps() {
        receive("LOT-1", "MAKER-1", 10);
        measure("LOT-1", 2, 1.20);
        assertKeptEqualsStored("MAKER-1");

        // the segment moved to another node, which wrote, then came back
        LotTable otherNode = new LotTable(jdbc);
        otherNode.received("LOT-2", "P-1", "MAKER-1", T0.plusSeconds(20), 20L);
        otherNode.sample("LOT-2", "s0", Characteristic.BR, 20, 1.30, T0);
        otherNode.sample("LOT-2", "s1", Characteristic.BR, 20, 1.32, T0);
        otherNode.sample("LOT-1", "s0", Characteristic.BR, 20, 1.10, T0);

        assertKeptEqualsStored("MAKER-1");
    }

    @Test
    void aRolledBackBatchLeavesNoPointBehind() {
        receive("LOT-1", "MAKER-1", 10);
        measure("LOT-1", 2, 1.20);
        assertKeptEqualsStored("MAKER-1");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            UnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("batch")));
            batch.start();
            measure("LOT-1", 4, 1.90);
            lots.flush();
            assertThat(kept("MAKER-1").get(0).count()).isEqualTo(4);
            batch.rollback(new IllegalStateException("handler failed"));
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");

        assertThat(kept("MAKER-1").get(0).count()).isEqualTo(2);
        assertKeptEqualsStored("MAKER-1");
    }

    @Test
    void aResetOfTheLoopsFactsIsNoticed() {
        receive("LOT-1", "MAKER-1", 10);
        measure("LOT-1", 2, 1.20);
        assertKeptEqualsStored("MAKER-1");

        lots.clear();
        receive("LOT-5", "MAKER-1", 50);
        measure("LOT-5", 2, 1.40);

        assertThat(kept("MAKER-1")).extracting(LotTable.LotPoint::lotId).containsExactly("LOT-5");
        assertKeptEqualsStored("MAKER-1");
    }

    @Test
    void insideABatchTheKeptPointsIncludeTheBatchsOwnSamples() {
        receive("LOT-1", "MAKER-1", 10);
        measure("LOT-1", 2, 1.20);
        assertKeptEqualsStored("MAKER-1");
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            measure("LOT-1", 3, 1.20);
            assertKeptEqualsStored("MAKER-1");
        } finally {
            batch.commit();
        }
        assertKeptEqualsStored("MAKER-1");
    }

    private void receive(String lot, String source, long seq) {
        lots.received(lot, "P-1", source, T0.plusSeconds(seq), seq);
    }

    private void measure(String lot, int samples, double value) {
        for (int s = 0; s < samples; s++) {
            lots.sample(lot, "s" + s, Characteristic.BR, 20, value, T0);
        }
    }

    private List<LotTable.LotPoint> kept(String source) {
        return points.of(source, "P-1", Characteristic.BR, 20, MIN_SAMPLES);
    }

    private void assertKeptEqualsStored(String source) {
        assertThat(kept(source)).isEqualTo(lots.means(source, "P-1", Characteristic.BR, 20.0, MIN_SAMPLES));
    }
}
