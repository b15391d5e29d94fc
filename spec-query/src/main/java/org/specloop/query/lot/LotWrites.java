package org.specloop.query.lot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.lot.Disposition;
import org.specloop.query.shared.ArrayUpdate;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The q_lot and q_lot_hold changes of one processor batch, written before it commits: one query for the stored
 * dispositions of the lots that need them (and one for the holds of lots whose hold was lifted), then one batched
 * statement per kind of change. Each event wrote its own two to four statements before, a hold reading the disposition back
 * first; query-lots was the slowest group of the plant (docs/benchmarks-history.md, plant). Per lot only what
 * the last step left is written ({@link LotFold}), so a lot evaluated three times in a batch is updated once.
 */
final class LotWrites {
    private static final int KEYS_PER_QUERY = 500;
    private static final String INSERT = "INSERT INTO q_lot (lot_id, supplier_id, part_number, grade, quantity, chain_json,"
            + " custody_model, certificates_json, received_at, disposition) VALUES (:id, :supplier, :part, :grade, :qty,"
            + " :chain, :custody, :certs, :received, 'AWAITING_EVALUATION')";
    private static final String RECEIPT = "UPDATE q_lot SET supplier_id = :supplier, part_number = :part, grade = :grade,"
            + " quantity = :qty, chain_json = :chain, custody_model = :custody, certificates_json = :certs,"
            + " received_at = :received WHERE lot_id = :id";
    /** A lot's evaluation: the q_lot column each parameter of the step's columns sets. */
    private static final LotUpdate EVALUATION = new LotUpdate(Map.of("verdict", "last_verdict", "spec", "evaluated_spec_id",
            "rev", "evaluated_revision", "when", "evaluated_at", "trigger", "evaluation_trigger", "results", "results_json"));
    private static final LotUpdate DISPOSITION = new LotUpdate(Map.of("disposition", "disposition", "reason",
            "disposition_reason", "actor", "disposition_by", "at", "disposition_at"));
    private static final String CLEAR_HOLDS = "DELETE FROM q_lot_hold WHERE lot_id = :id";
    private static final String DELETE_HOLD = "DELETE FROM q_lot_hold WHERE lot_id = :id AND category = :category";
    private static final String UPDATE_HOLD = "UPDATE q_lot_hold SET reason = :reason, actor = :actor, held_at = :when"
            + " WHERE lot_id = :id AND category = :category";
    private static final String INSERT_HOLD = "INSERT INTO q_lot_hold (lot_id, category, reason, actor, held_at)"
            + " VALUES (:id, :category, :reason, :actor, :when)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final boolean postgres;
    private final Map<String, List<LotStep>> steps = new LinkedHashMap<>();

    /** postgres: whether lots' updates go as one statement of arrays each (ArrayUpdate) or as the driver's batch. */
    LotWrites(NamedParameterJdbcTemplate jdbc, ObjectMapper json, boolean postgres) {
        this.jdbc = jdbc;
        this.json = json;
        this.postgres = postgres;
    }

    /**
     * One kind of change of q_lot rows by lot_id: the named statement for the driver's batch and the same change as
     * one array update on PostgreSQL, from one mapping of parameters to columns.
     */
    private record LotUpdate(Map<String, String> columnOf, String sql, ArrayUpdate arrays) {
        LotUpdate(Map<String, String> columnOf) {
            this(columnOf, "UPDATE q_lot SET " + columnOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getValue() + " = :" + e.getKey()).collect(java.util.stream.Collectors.joining(", "))
                            + " WHERE lot_id = :id",
                    new ArrayUpdate("q_lot", "lot_id", columnOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(Map.Entry::getValue).toList()));
        }

        /** A row of the array update: lot_id and each column, from the named parameters. */
        Map<String, Object> columns(MapSqlParameterSource params) {
            Map<String, Object> row = new HashMap<>();
            row.put("lot_id", params.getValue("id"));
            columnOf.forEach((param, column) -> row.put(column, params.hasValue(param) ? params.getValue(param) : null));
            return row;
        }
    }

    void add(String lotId, LotStep step) {
        steps.computeIfAbsent(lotId, id -> new ArrayList<>()).add(step);
    }

    void write() {
        if (steps.isEmpty()) {
            return;
        }
        Map<String, Disposition> stored = storedDispositions(steps.entrySet().stream()
                .filter(e -> LotFold.needsStoredRow(e.getValue())).map(Map.Entry::getKey).toList());
        Map<String, Set<String>> storedHolds = storedHolds(steps.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(LotStep.HoldLifted.class::isInstance)).map(Map.Entry::getKey).toList());
        Statements out = new Statements();
        steps.forEach((lotId, lotSteps) -> out.add(lotId, LotFold.fold(
                LotFold.needsStoredRow(lotSteps) ? stored.get(lotId) : LotFold.UNREAD, storedHolds.getOrDefault(lotId, Set.of()),
                lotSteps)));
        out.write();
        steps.clear();
    }

    /** The batched statements of a batch's outcomes, written in an order that leaves what the events did one by one. */
    private final class Statements {
        private final List<SqlParameterSource> inserts = new ArrayList<>();
        private final List<SqlParameterSource> receipts = new ArrayList<>();
        private final List<SqlParameterSource> evaluations = new ArrayList<>();
        private final List<SqlParameterSource> dispositions = new ArrayList<>();
        private final List<SqlParameterSource> clearedHolds = new ArrayList<>();
        private final List<SqlParameterSource> deletedHolds = new ArrayList<>();
        private final List<SqlParameterSource> newHolds = new ArrayList<>();
        private final List<SqlParameterSource> changedHolds = new ArrayList<>();

        void add(String lotId, LotFold.Outcome outcome) {
            if (outcome.received() != null) {
                (outcome.insert() ? inserts : receipts).add(lot(lotId).addValues(outcome.received()));
            }
            if (outcome.evaluation() != null) {
                evaluations.add(lot(lotId).addValues(outcome.evaluation().columns())
                        .addValue("results", Json.write(json, outcome.evaluation().results())));
            }
            LotFold.DispositionChange disposition = outcome.disposition();
            if (disposition != null) {
                dispositions.add(lot(lotId).addValue("disposition", disposition.disposition().name())
                        .addValue("reason", disposition.reason()).addValue("actor", disposition.actor())
                        .addValue("at", Sql.ts(disposition.at())));
            }
            if (outcome.clearHolds()) {
                clearedHolds.add(lot(lotId));
            }
            outcome.holds().forEach((category, hold) -> {
                MapSqlParameterSource row = lot(lotId).addValue("category", category);
                if (hold.deleted()) {
                    // after a clearing the row is gone already
                    if (!outcome.clearHolds()) {
                        deletedHolds.add(row);
                    }
                    return;
                }
                row.addValue("reason", hold.reason()).addValue("actor", hold.actor()).addValue("when", Sql.ts(hold.heldAt()));
                (outcome.clearHolds() ? newHolds : changedHolds).add(row);
            });
        }

        void write() {
            batch(INSERT, inserts);
            batch(RECEIPT, receipts);
            update(EVALUATION, evaluations);
            update(DISPOSITION, dispositions);
            batch(CLEAR_HOLDS, clearedHolds);
            batch(DELETE_HOLD, deletedHolds);
            // update, and insert where nothing was there: the same SQL on H2 and PostgreSQL (Sql.upsert)
            int[] updated = batch(UPDATE_HOLD, changedHolds);
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    newHolds.add(changedHolds.get(i));
                }
            }
            batch(INSERT_HOLD, newHolds);
        }
    }

    private void update(LotUpdate change, List<SqlParameterSource> rows) {
        if (postgres) {
            change.arrays().write(jdbc.getJdbcOperations(), rows.stream()
                    .map(row -> change.columns((MapSqlParameterSource) row)).toList());
            return;
        }
        batch(change.sql(), rows);
    }

    private int[] batch(String sql, List<SqlParameterSource> rows) {
        return rows.isEmpty() ? new int[0] : jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
    }

    private Map<String, Disposition> storedDispositions(List<String> lotIds) {
        Map<String, Disposition> stored = new HashMap<>();
        inChunks(lotIds, chunk -> jdbc.query("SELECT lot_id, disposition FROM q_lot WHERE lot_id IN (:ids)",
                new MapSqlParameterSource("ids", chunk),
                rs -> {
                    stored.put(rs.getString(1), Disposition.valueOf(rs.getString(2)));
                }));
        return stored;
    }

    private Map<String, Set<String>> storedHolds(List<String> lotIds) {
        Map<String, Set<String>> stored = new HashMap<>();
        inChunks(lotIds, chunk -> jdbc.query("SELECT lot_id, category FROM q_lot_hold WHERE lot_id IN (:ids)",
                new MapSqlParameterSource("ids", chunk),
                rs -> {
                    stored.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                }));
        return stored;
    }

    private static void inChunks(List<String> ids, java.util.function.Consumer<List<String>> query) {
        for (int from = 0; from < ids.size(); from += KEYS_PER_QUERY) {
            query.accept(ids.subList(from, Math.min(ids.size(), from + KEYS_PER_QUERY)));
        }
    }

    private static MapSqlParameterSource lot(String lotId) {
        return new MapSqlParameterSource("id", lotId);
    }
}
