package org.specloop.loop.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;

/** Samples written together at the end of a processor batch leave the same facts as samples written one by one. */
class BatchedSamplesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private record Sample(String lot, String sampleId, Characteristic characteristic, double temperatureC, double value) {
    }

    private static JdbcTemplate database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    private static List<String> facts(JdbcTemplate jdbc) {
        List<String> rows = new java.util.ArrayList<>(jdbc.queryForList("SELECT lot_id || ' ' || sample_id || ' ' || characteristic"
                + " || ' ' || temperature_c || ' ' || sample_value FROM loop_sample ORDER BY 1", String.class));
        rows.addAll(jdbc.queryForList("SELECT 'stat ' || lot_id || ' ' || characteristic || ' ' || temperature_c || ' '"
                + " || sample_count || ' ' || ROUND(value_sum, 9) FROM loop_lot_stat ORDER BY 1", String.class));
        return rows;
    }

    private static BatchingUnitOfWork<?> batch() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("last")));
        batch.start();
        return batch;
    }

    @Test
    void aBatchOfNewAndReMeasuredSamplesLeavesTheFactsOfOneByOne() {
        List<Sample> before = List.of(new Sample("LOT-A", "s1", Characteristic.BR, 20, 1.20),
                new Sample("LOT-A", "s2", Characteristic.BR, 20, 1.26));
        List<Sample> inBatch = List.of(
                new Sample("LOT-A", "s1", Characteristic.BR, 20, 1.22),      // replaces a stored value
                new Sample("LOT-A", "s3", Characteristic.BR, 20.4, 1.23),    // new, rounds to 20 degC
                new Sample("LOT-A", "s3", Characteristic.BR, 20, 1.25),      // re-measured within the batch
                new Sample("LOT-A", "s3", Characteristic.HCJ, 150, 1010.0),  // new statistics row
                new Sample("LOT-B", "s1", Characteristic.BR, 20, 1.31));     // same sample id, other lot
        JdbcTemplate oneByOne = database();
        JdbcTemplate batched = database();
        LotTable direct = new LotTable(oneByOne);
        LotTable withBatch = new LotTable(batched);
        before.forEach(s -> write(direct, s));
        before.forEach(s -> write(withBatch, s));
        inBatch.forEach(s -> write(direct, s));

        BatchingUnitOfWork<?> batch = batch();
        inBatch.forEach(s -> write(withBatch, s));
        assertThat(facts(batched)).as("held back until the checks or the commit").doesNotContain("LOT-A s3 BR 20 1.25");
        batch.commit();

        assertThat(facts(batched)).isEqualTo(facts(oneByOne)).contains(
                "LOT-A s1 BR 20 1.22", "LOT-A s3 BR 20 1.25", "stat LOT-A BR 20 3 3.73", "stat LOT-A HCJ 150 1 1010.0");
    }

    /**
     * A replay reads the same samples in other batches than live processing did; the lot's sum must not
     * depend on that. These values, added as one batch sum onto the first sample, differ in the last bit
     * from adding them one by one, which the statistics row did before.
     */
    @Test
    void aLotsSumIsTheSameBitForBitHoweverTheSamplesWereBatched() {
        double[] values = {0.1, 0.2, 0.3};  // (0.1 + 0.2) + 0.3 = 0.6000000000000001, 0.1 + (0.2 + 0.3) = 0.6
        double inOrder = 0;
        for (double v : values) {
            inOrder += v;
        }
        double batchSumAdded = values[0];
        double rest = 0;
        for (int i = 1; i < values.length; i++) {
            rest += values[i];
        }
        batchSumAdded += rest;
        assertThat(batchSumAdded).as("the values show the difference").isNotEqualTo(inOrder);

        JdbcTemplate oneByOne = database();
        LotTable direct = new LotTable(oneByOne);
        for (int i = 0; i < values.length; i++) {
            write(direct, new Sample("LOT-A", "s" + i, Characteristic.BR, 20, values[i]));
        }
        JdbcTemplate split = database();
        LotTable batched = new LotTable(split);
        write(batched, new Sample("LOT-A", "s0", Characteristic.BR, 20, values[0]));
        BatchingUnitOfWork<?> batch = batch();
        for (int i = 1; i < values.length; i++) {
            write(batched, new Sample("LOT-A", "s" + i, Characteristic.BR, 20, values[i]));
        }
        batch.commit();

        String sum = "SELECT value_sum FROM loop_lot_stat WHERE lot_id = 'LOT-A'";
        assertThat(oneByOne.queryForObject(sum, Double.class)).isEqualTo(inOrder);
        assertThat(split.queryForObject(sum, Double.class)).isEqualTo(inOrder);
    }

    @Test
    void theChecksOfABatchSeeItsSamplesBeforeTheCommit() {
        JdbcTemplate jdbc = database();
        LotTable lots = new LotTable(jdbc);
        lots.received("LOT-A", "P-1", "MAKER-1", T0);

        BatchingUnitOfWork<?> batch = batch();
        write(lots, new Sample("LOT-A", "s1", Characteristic.BR, 20, 1.20));
        write(lots, new Sample("LOT-A", "s2", Characteristic.BR, 20, 1.30));
        assertThat(lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 1)).isEmpty();
        lots.flush();

        assertThat(lots.means("MAKER-1", "P-1", Characteristic.BR, 20.0, 1)).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(2));
        batch.commit();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loop_sample", Integer.class)).isEqualTo(2);
    }

    private static void write(LotTable lots, Sample s) {
        lots.sample(s.lot(), s.sampleId(), s.characteristic(), s.temperatureC(), s.value(), T0);
    }
}
