package org.specloop.query.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Where;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the source tables written by {@link SourceProjection}, judging certificate expiry as of a given day. */
@Repository
public class SourceReadModel {
    /** object_type of these objects' lines in object_history: written by the projection, read by the history pages. */
    public static final String OBJECT_TYPE = "source";
    public static final Map<String, String> SORTABLE = Map.of("name", "s.name", "tier", "s.tier",
            "country", "s.country", "sourceId", "s.source_id");
    private static final String EXPIRED = "EXISTS (SELECT 1 FROM q_source_certificate c WHERE c.source_id = s.source_id"
            + " AND c.expires_on <= :today)";
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public SourceReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<SourceView> find(String tier, String country, Boolean expired, LocalDate today, PageQuery page) {
        Where where = new Where().eq("s.tier", tier).eq("s.country", country)
                .when(expired == null ? null : today.toString(), "today", Boolean.FALSE.equals(expired) ? "NOT " + EXPIRED : EXPIRED);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_source s" + where.sql(), where.params(), Long.class);
        List<SourceView> items = views(jdbc.queryForList("SELECT s.* FROM q_source s" + where.sql()
                + page.orderBy("s.source_id") + page.limit(), where.params()), today);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    public Optional<SourceView> one(String sourceId, LocalDate today) {
        return views(jdbc.queryForList("SELECT s.* FROM q_source s WHERE s.source_id = :id",
                new MapSqlParameterSource("id", sourceId)), today).stream().findFirst();
    }

    private List<SourceView> views(List<Map<String, Object>> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r.get("source_id")).toList();
        Map<String, List<CertificateView>> certificates = new HashMap<>();
        jdbc.query("SELECT * FROM q_source_certificate WHERE source_id IN (:ids) ORDER BY cert_type",
                new MapSqlParameterSource("ids", ids), rs -> {
                    Number warned = (Number) rs.getObject("warned_days");
                    certificates.computeIfAbsent(rs.getString("source_id"), k -> new ArrayList<>()).add(CertificateView.judged(
                            rs.getString("cert_type"), rs.getString("cert_number"), rs.getString("issuer"),
                            rs.getString("valid_from"), rs.getString("expires_on"), warned == null ? null : warned.intValue(),
                            today));
                });
        return rows.stream().map(r -> {
            String id = (String) r.get("source_id");
            List<CertificateView> held = certificates.getOrDefault(id, List.of());
            List<String> expired = held.stream().filter(CertificateView::expired).map(CertificateView::type).toList();
            return new SourceView(id, (String) r.get("name"), (String) r.get("tier"), (String) r.get("country"),
                    suppliesTo((String) r.get("supplies_to_json")), held, expired, !expired.isEmpty(),
                    held.stream().filter(CertificateView::expiring).toList(), today,
                    r.get("disqualified_reason") != null, (String) r.get("disqualified_reason"));
        }).toList();
    }

    private List<String> suppliesTo(String text) {
        return text == null ? List.of() : Json.read(json, text, new TypeReference<List<String>>() { });
    }
}
