package org.specloop.query.lot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the lot tables written by {@link LotProjection}. */
@Repository
public class LotReadModel {
    /** object_type of these objects' lines in object_history: written by the projection, read by the history pages. */
    public static final String OBJECT_TYPE = "lot";
    public static final Map<String, String> SORTABLE = Map.of("receivedAt", "received_at", "lotId", "lot_id",
            "partNumber", "part_number", "disposition", "disposition", "supplierId", "supplier_id", "quantity", "quantity");
    private static final String SELECT = "SELECT l.*, (SELECT COUNT(*) FROM q_lot_measurement m WHERE m.lot_id = l.lot_id)"
            + " AS measurements_count FROM q_lot l";
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public LotReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<LotSummary> find(String partNumber, String disposition, String supplierId, PageQuery page) {
        Where where = new Where().eq("l.part_number", partNumber).eq("l.disposition", disposition).eq("l.supplier_id", supplierId);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_lot l" + where.sql(), where.params(), Long.class);
        // page first, then count measurements for that page only: the list stays fast with many lots
        // the list's columns only: a lot's chain and evaluation results (about 2 KB) are read on its own page
        String pageOfLots = "SELECT " + SUMMARY_COLUMNS + " FROM q_lot l" + where.sql() + page.orderBy("lot_id") + page.limit();
        List<LotSummary> items = jdbc.query("SELECT l.*, (SELECT COUNT(*) FROM q_lot_measurement m WHERE m.lot_id = l.lot_id)"
                + " AS measurements_count FROM (" + pageOfLots + ") l" + page.orderBy("lot_id"), where.params(), SUMMARY);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    /**
     * The lot's holds, deviations and row from one snapshot: read one statement after the other, a batch of
     * the projection committed between them showed a lot HELD without the hold that put it there.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<LotView> one(String lotId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", lotId);
        List<HoldReason> holds = jdbc.query("SELECT * FROM q_lot_hold WHERE lot_id = :id ORDER BY held_at, category", params,
                (rs, n) -> new HoldReason(rs.getString("category"), rs.getString("reason"), rs.getString("actor"),
                        Sql.instant(rs, "held_at")));
        // read before the lot's row, not inside its row mapper: a query there would take a second pooled
        // connection while the first is held, and 32 readers then starve a pool of 20 until its timeout
        List<LotDeviation> deviations = deviations(lotId);
        return jdbc.query(SELECT + " WHERE l.lot_id = :id", params, (rs, n) -> lotView(rs, n, holds, deviations))
                .stream().findFirst();
    }

    private LotView lotView(java.sql.ResultSet rs, int n, List<HoldReason> holds, List<LotDeviation> deviations)
            throws java.sql.SQLException {
        DeclaredChain chain = Json.read(json, rs.getString("chain_json"), new TypeReference<DeclaredChain>() { });
        // derived on read, not stored: the chain as received is the one fact, the weakest link follows from it
        return new LotView(SUMMARY.mapRow(rs, n), chain, chain == null ? null : chain.effectiveCustodyModel(),
                Json.read(json, rs.getString("certificates_json"), new TypeReference<List<String>>() { }),
                rs.getString("disposition_reason"), rs.getString("disposition_by"), Sql.instant(rs, "disposition_at"), holds,
                Sql.instant(rs, "evaluated_at"), rs.getString("evaluation_trigger"),
                Json.read(json, rs.getString("results_json"), new TypeReference<List<CharacteristicResult>>() { }),
                deviations);
    }

    public List<LotDeviation> deviations(String lotId) {
        return jdbc.query("SELECT * FROM q_lot_deviation WHERE lot_id = :id ORDER BY requested_at, deviation_id",
                new MapSqlParameterSource("id", lotId), DEVIATION);
    }

    public Optional<LotDeviation> deviation(String lotId, String deviationId) {
        return jdbc.query("SELECT * FROM q_lot_deviation WHERE lot_id = :id AND deviation_id = :deviation",
                new MapSqlParameterSource("id", lotId).addValue("deviation", deviationId), DEVIATION).stream().findFirst();
    }

    private static final RowMapper<LotDeviation> DEVIATION = (rs, n) -> new LotDeviation(rs.getString("deviation_id"),
            rs.getString("disposition"), rs.getString("status"), rs.getString("reason"), rs.getString("requested_by"),
            Sql.instant(rs, "requested_at"), rs.getString("verdict"), rs.getString("specification_id"),
            Sql.integer(rs, "revision"), rs.getString("decided_by"), rs.getString("decision_reason"),
            rs.getString("signature_meaning"), Sql.instant(rs, "decided_at"));

    public boolean exists(String lotId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM q_lot WHERE lot_id = :id",
                new MapSqlParameterSource("id", lotId), Integer.class);
        return count != null && count > 0;
    }

    private static final String SUMMARY_COLUMNS = "lot_id, supplier_id, part_number, grade, quantity, custody_model, received_at,"
            + " disposition, last_verdict, evaluated_spec_id, evaluated_revision";
    private static final RowMapper<LotSummary> SUMMARY = (rs, n) -> new LotSummary(rs.getString("lot_id"),
            rs.getString("supplier_id"), rs.getString("part_number"), rs.getString("grade"),
            rs.getObject("quantity") == null ? null : rs.getLong("quantity"), rs.getString("custody_model"),
            Sql.instant(rs, "received_at"), rs.getString("disposition"), rs.getString("last_verdict"),
            rs.getString("evaluated_spec_id"), Sql.integer(rs, "evaluated_revision"), rs.getInt("measurements_count"));
}
