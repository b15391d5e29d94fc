package org.specloop.ingest;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes, one partition: the consumer that missed a rebalance must not overwrite its successor's offsets. */
class IngestOffsetsFenceTest {
    private static JdbcDataSource dataSource;
    private JdbcTemplate jdbc;
    private IngestOffsets offsets;
    private TransactionTemplate transaction;

    @BeforeAll
    static void schema() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/command").load().migrate();
    }

    @BeforeEach
    void emptyTables() {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("DELETE FROM ingest_offset");
        jdbc.update("DELETE FROM ingest_rig_run");
        offsets = new IngestOffsets(jdbc);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static StoredOffset p0(int generation) {
        return new StoredOffset("specloop-ingest-rig", "specloop.rig.samples", 0, generation);
    }

    @Test
    void theOwnerOfTheCurrentGenerationStoresAndMovesOn() {
        offsets.store(Map.of(p0(3), 100L));
        offsets.store(Map.of(p0(3), 250L));
        assertThat(offsets.next(p0(3))).hasValue(250L);
    }

    @Test
    void aConsumerOfAnOlderGenerationIsRefusedOnceTheNewOwnerClaimedThePartition() {
        offsets.store(Map.of(p0(3), 100L));
        offsets.claim(List.of(p0(4)));   // node B got the partition in generation 4
        offsets.store(Map.of(p0(4), 120L));

        assertThatThrownBy(() -> offsets.store(Map.of(p0(3), 900L))).isInstanceOf(PartitionFencedException.class)
                .hasMessageContaining("generation than 3");
        assertThat(offsets.next(p0(4))).hasValue(120L);
    }

    @Test
    void aClaimAloneFencesTheOldOwnerBeforeTheNewOneStoredAnything() {
        offsets.store(Map.of(p0(3), 100L));
        offsets.claim(List.of(p0(4)));

        assertThatThrownBy(() -> offsets.store(Map.of(p0(3), 900L))).isInstanceOf(PartitionFencedException.class);
        assertThat(offsets.next(p0(3))).hasValue(100L);
    }

    @Test
    void theRefusalRollsBackTheStateWrittenInTheSameTransaction() {
        offsets.store(Map.of(p0(3), 100L));
        offsets.claim(List.of(p0(4)));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO ingest_rig_run (run_id, state, completed, updated_at) VALUES ('RUN-1', '{}', FALSE,"
                    + " CURRENT_TIMESTAMP)");
            offsets.store(Map.of(p0(3), 900L));
        })).isInstanceOf(PartitionFencedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_rig_run", Integer.class)).isZero();
    }

    @Test
    void writesWithoutAGenerationAreNeverFenced() {
        offsets.claim(List.of(p0(7)));
        offsets.store(Map.of(p0(7), 10L));
        offsets.store(Map.of(new StoredOffset("specloop-ingest-rig", "specloop.rig.samples", 0), 20L));
        assertThat(offsets.next(p0(7))).hasValue(20L);
        // and they keep the owner's generation, so the fence still holds against older ones
        assertThatThrownBy(() -> offsets.store(Map.of(p0(6), 30L))).isInstanceOf(PartitionFencedException.class);
    }
}
