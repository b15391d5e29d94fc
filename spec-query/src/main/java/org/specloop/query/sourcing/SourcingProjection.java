package org.specloop.query.sourcing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.query.shared.BufferedInserts;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Who supplies which lots and which specs: declared chains of lots, qualification per spec and
 * tier (from the effective revision and from source-change engineering changes), motor designs per lot.
 */
@Component
@ProcessingGroup("query-sourcing")
class SourcingProjection {
    private final NamedParameterJdbcTemplate jdbc;
    /**
     * Which designs were built with which lots: insert-if-absent once per batch. Runs of one design sharing a lot
     * are different aggregates in different segments; a look-up then an insert per run collided on the key under
     * a rig's load (duplicate key, a deadlock) and the batch was handled again.
     */
    private final BufferedInserts motorLots;

    public SourcingProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.motorLots = new BufferedInserts(jdbc, "q_sourcing_motor_lot", List.of("motor_design", "lot_id"),
                List.of("motor_design", "lot_id"));
    }

    @EventHandler
    public void on(MagnetLotReceived e) {
        MapSqlParameterSource lot = new MapSqlParameterSource("lot", e.lotId()).addValue("part", e.partNumber())
                .addValue("at", Sql.ts(e.receivedAt()));
        Sql.upsert(jdbc, "UPDATE q_sourcing_lot SET part_number = :part, received_at = :at WHERE lot_id = :lot",
                "INSERT INTO q_sourcing_lot (lot_id, part_number, received_at, rejected) VALUES (:lot, :part, :at, FALSE)", lot);
        jdbc.update("DELETE FROM q_sourcing_lot_link WHERE lot_id = :lot", lot);
        List<ChainLink> links = e.declaredChain() == null ? List.of() : e.declaredChain().links();
        for (ChainLink link : links) {
            jdbc.update("INSERT INTO q_sourcing_lot_link (lot_id, tier, source_id, country) VALUES (:lot, :tier, :source, :country)",
                    new MapSqlParameterSource("lot", e.lotId()).addValue("tier", Sql.enumName(link.tier()))
                            .addValue("source", link.sourceId()).addValue("country", link.country()));
        }
    }

    @EventHandler
    public void on(LotRejected e) {
        jdbc.update("UPDATE q_sourcing_lot SET rejected = TRUE WHERE lot_id = :lot", new MapSqlParameterSource("lot", e.lotId()));
    }

    /** The revision's qualified sources replace those of the revision before; qualifications by changes stay. */
    @EventHandler
    public void on(RevisionBecameEffective e) {
        MapSqlParameterSource spec = new MapSqlParameterSource("spec", e.specificationId()).addValue("part", e.partNumber())
                .addValue("grade", e.grade()).addValue("revision", e.revision());
        Sql.upsert(jdbc, "UPDATE q_sourcing_spec SET part_number = :part, grade = :grade, revision = :revision"
                        + " WHERE specification_id = :spec",
                "INSERT INTO q_sourcing_spec (specification_id, part_number, grade, revision) VALUES (:spec, :part, :grade, :revision)",
                spec);
        jdbc.update("DELETE FROM q_sourcing_qualification WHERE specification_id = :spec AND basis LIKE 'revision %'", spec);
        for (QualifiedSource source : e.content().sourcingRules().qualifiedSources()) {
            qualification(e.specificationId(), source.tier().name(), source.sourceId(), "QUALIFIED", "revision " + e.revision(), null);
        }
    }

    @EventHandler
    public void on(EngineeringChangeRaised e) {
        if (e.trigger() != ChangeTrigger.SOURCE_CHANGE || e.specificationId() == null) {
            return;
        }
        for (SourceSwap swap : e.sourceChanges()) {
            MapSqlParameterSource key = key(e.specificationId(), swap.tier().name(), swap.newSourceId());
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM q_sourcing_qualification WHERE specification_id = :spec"
                    + " AND tier = :tier AND source_id = :source AND status = 'QUALIFIED'", key, Integer.class);
            if (known == null || known == 0) {
                qualification(e.specificationId(), swap.tier().name(), swap.newSourceId(), "IN_REQUALIFICATION",
                        "change " + e.changeId(), e.changeId());
            }
        }
    }

    @EventHandler
    public void on(SourceQualified e) {
        qualification(e.specificationId(), e.tier().name(), e.sourceId(), "QUALIFIED", "change " + e.changeId(), e.changeId());
    }

    @EventHandler
    public void on(EngineeringChangeRejected e) {
        jdbc.update("UPDATE q_sourcing_qualification SET status = 'REJECTED' WHERE change_id = :change"
                + " AND status = 'IN_REQUALIFICATION'", new MapSqlParameterSource("change", e.changeId()));
    }

    @EventHandler
    public void on(MotorPerformanceRecorded e) {
        motorLots(e.motorDesign(), e.installedLots());
    }

    @EventHandler
    public void on(MotorRunCompleted e) {
        motorLots(e.motorDesign(), e.installedLots());
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_sourcing_lot_link", "q_sourcing_lot",
                "q_sourcing_qualification", "q_sourcing_spec", "q_sourcing_motor_lot"));
    }

    private void motorLots(String design, List<String> lots) {
        if (design == null) {
            return;
        }
        for (String lot : lots) {
            motorLots.insertIfAbsent(Map.of("motor_design", design, "lot_id", lot));
        }
    }

    private void qualification(String spec, String tier, String source, String status, String basis, String changeId) {
        Sql.upsert(jdbc, "UPDATE q_sourcing_qualification SET status = :status, basis = :basis, change_id = :change"
                        + " WHERE specification_id = :spec AND tier = :tier AND source_id = :source",
                "INSERT INTO q_sourcing_qualification (specification_id, tier, source_id, status, basis, change_id)"
                        + " VALUES (:spec, :tier, :source, :status, :basis, :change)",
                key(spec, tier, source).addValue("status", status).addValue("basis", basis).addValue("change", changeId));
    }

    private static MapSqlParameterSource key(String spec, String tier, String source) {
        return new MapSqlParameterSource("spec", spec).addValue("tier", tier).addValue("source", source);
    }
}
