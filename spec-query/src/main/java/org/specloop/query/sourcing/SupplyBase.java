package org.specloop.query.sourcing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the supply base shared by the disruption and risk views: sources, specs, qualifications, lot links. */
@Repository
class SupplyBase {
    private final NamedParameterJdbcTemplate jdbc;

    public SupplyBase(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Source(String sourceId, String name, String tier, String country) {
    }

    public record Spec(String specificationId, String partNumber, String grade) {
    }

    public record Qualification(String specificationId, String tier, String sourceId) {
    }

    public record Link(String lotId, String partNumber, boolean rejected, String tier, String sourceId, String country) {
    }

    public Map<String, Source> sources() {
        Map<String, Source> sources = new HashMap<>();
        jdbc.query("SELECT source_id, name, tier, country FROM q_source", rs -> {
            sources.put(rs.getString(1), new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return sources;
    }

    public Map<String, Spec> specs() {
        Map<String, Spec> specs = new HashMap<>();
        jdbc.query("SELECT specification_id, part_number, grade FROM q_sourcing_spec", rs -> {
            specs.put(rs.getString(1), new Spec(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
        return specs;
    }

    /** Sources currently qualified; those in requalification or rejected are no alternate. */
    public List<Qualification> qualified() {
        return jdbc.query("SELECT specification_id, tier, source_id FROM q_sourcing_qualification WHERE status = 'QUALIFIED'"
                        + " ORDER BY specification_id, tier, source_id",
                (rs, i) -> new Qualification(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /**
     * Lots' declared links with the registry's country for a registered source (the declared one only for an
     * unregistered source): a receipt that lies about a country cannot move a source in these views.
     */
    public List<Link> links() {
        return jdbc.query("SELECT l.lot_id, l.part_number, l.rejected, k.tier, k.source_id, COALESCE(s.country, k.country)"
                        + " FROM q_sourcing_lot l JOIN q_sourcing_lot_link k ON k.lot_id = l.lot_id"
                        + " LEFT JOIN q_source s ON s.source_id = k.source_id ORDER BY l.lot_id, k.tier",
                (rs, i) -> new Link(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    public List<String> motorDesignsOf(List<String> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("SELECT DISTINCT motor_design FROM q_sourcing_motor_lot WHERE lot_id IN (:lots)"
                + " ORDER BY motor_design", new MapSqlParameterSource("lots", lots), String.class);
    }

    public Map<String, List<String>> expiredCertificates(LocalDate today) {
        Map<String, List<String>> expired = new HashMap<>();
        jdbc.query("SELECT source_id, cert_type FROM q_source_certificate WHERE expires_on <= :today ORDER BY cert_type",
                new MapSqlParameterSource("today", today.toString()),
                rs -> {
                    expired.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return expired;
    }
}
