package org.specloop.loop.policy;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.loop.policy.LotTable.LotSamples;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chart's lot means come from the counts and sums kept with each sample; they must equal the samples' own means. */
class LotTableTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private JdbcDataSource dataSource;
    private LotTable lots;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        lots = new LotTable(new JdbcTemplate(dataSource));
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").target(target).load().migrate();
    }

    @Test
    void lotMeansFollowTheSamplesInReceiptOrderAndLeaveOutLotsWithTooFewSamples() {
        migrate("latest");
        lots.received("LOT-B", "P-1", "MAKER-1", T0.plusSeconds(60));
        lots.received("LOT-A", "P-1", "MAKER-1", T0);
        lots.received("LOT-C", "P-1", "MAKER-1", T0.plusSeconds(120));
        sample("LOT-A", "s1", 1.20, 20);
        sample("LOT-A", "s2", 1.26, 20);
        sample("LOT-A", "s3", 1.23, 20.4);
        sample("LOT-A", "s4", 1.10, 150);
        sample("LOT-B", "s1", 1.30, 20);
        sample("LOT-B", "s2", 1.32, 20);
        sample("LOT-C", "s1", 1.25, 20);

        List<LotPoint> points = lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 2);

        assertThat(points).extracting(LotPoint::lotId).containsExactly("LOT-A", "LOT-B");
        assertThat(points.get(0).count()).isEqualTo(3);
        assertThat(points.get(0).mean()).isCloseTo(1.23, within(1e-12));
        assertThat(points.get(1).mean()).isCloseTo(1.31, within(1e-12));
        assertThat(lots.means("MAKER-1", "P-1", Characteristic.BR, 150.0, 1)).singleElement()
                .satisfies(p -> assertThat(p.mean()).isCloseTo(1.10, within(1e-12)));
        assertThat(lots.means("MAKER-2", "P-1", Characteristic.BR, 20.0, 1)).isEmpty();
    }

    @Test
    void aRemeasuredSampleReplacesItsValueInTheMeanWithoutCountingTwice() {
        migrate("latest");
        lots.received("LOT-A", "P-1", "MAKER-1", T0);
        sample("LOT-A", "s1", 1.20, 20);
        sample("LOT-A", "s2", 1.30, 20);
        sample("LOT-A", "s2", 1.40, 20);

        LotPoint point = lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 1).get(0);

        assertThat(point.count()).isEqualTo(2);
        assertThat(point.mean()).isCloseTo(1.30, within(1e-12));
        assertThat(lots.samples("MAKER-1", "P-1", Characteristic.BR, 20.0, 1)).singleElement()
                .satisfies(s -> assertThat(s.values()).containsExactly(1.20, 1.40));
    }

    /**
     * Within one processor batch a lot found is asked once (a lab batch names it for every measurement); one not
     * found yet is asked again, as the batch may receive it.
     */
    @Test
    void aLotFoundInABatchIsRememberedForTheBatchOnly() throws Exception {
        migrate("latest");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            assertThat(lots.lot("LOT-A")).isEmpty();
            lots.received("LOT-A", "P-1", "MAKER-1", T0);
            assertThat(lots.lot("LOT-A")).contains(new LotTable.Lot("MAKER-1", "P-1"));
            // the row goes (only a reset does that, between batches): the batch still knows the lot
            jdbc.update("DELETE FROM loop_lot");
            assertThat(lots.lot("LOT-A")).contains(new LotTable.Lot("MAKER-1", "P-1"));
        } finally {
            batch.commit();
        }
        assertThat(lots.lot("LOT-A")).isEmpty();
    }

    @Test
    void meansAndSamplesAgreePointForPoint() {
        migrate("latest");
        for (int lot = 0; lot < 5; lot++) {
            lots.received("LOT-" + lot, "P-1", "MAKER-1", T0.plusSeconds(lot));
            for (int s = 0; s < 7; s++) {
                sample("LOT-" + lot, "s" + s, 1.2 + 0.001 * ((lot * 7 + s) % 11), 20);
            }
        }

        List<LotPoint> means = lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 2);
        List<LotSamples> samples = lots.samples("MAKER-1", "P-1", Characteristic.BR, 20.0, 2);

        assertThat(means).hasSize(5);
        for (int i = 0; i < means.size(); i++) {
            LotPoint fromSamples = samples.get(i).point();
            assertThat(means.get(i).lotId()).isEqualTo(fromSamples.lotId());
            assertThat(means.get(i).count()).isEqualTo(fromSamples.count());
            assertThat(means.get(i).mean()).isCloseTo(fromSamples.mean(), within(1e-12));
        }
    }

    @Test
    void theMigrationCountsTheSamplesAlreadyRecorded() {
        migrate("5.7");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO loop_lot (lot_id, part_number, source_id, received_at, seq) VALUES ('LOT-A', 'P-1', 'MAKER-1', ?, 1)",
                java.sql.Timestamp.from(T0));
        for (String[] row : new String[][]{{"s1", "1.20"}, {"s2", "1.24"}, {"s3", "1.31"}}) {
            jdbc.update("INSERT INTO loop_sample (lot_id, sample_id, characteristic, temperature_c, sample_value, measured_at)"
                    + " VALUES ('LOT-A', ?, 'BR', 20, ?, ?)", row[0], Double.parseDouble(row[1]), java.sql.Timestamp.from(T0));
        }

        migrate("latest");

        assertThat(lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 1)).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(3);
            assertThat(p.mean()).isCloseTo(1.25, within(1e-12));
        });
    }

    private void sample(String lot, String sampleId, double value, double temperatureC) {
        lots.sample(lot, sampleId, Characteristic.BR, temperatureC, value, T0);
    }
}
