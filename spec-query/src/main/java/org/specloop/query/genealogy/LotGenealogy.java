package org.specloop.query.genealogy;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.query.genealogy.GenealogyLink.Qualification;
import org.specloop.query.registry.CertificateView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a lot came from, mine to magnet maker: the chain as the receipt declared it (the one fact),
 * joined with the source registry and the qualifications as they stand today. Two queries whatever the
 * chain's length (sources with their certificates in one join, qualifications in another), so the lot
 * page costs the same for every lot.
 */
@Repository
public class LotGenealogy {
    private final NamedParameterJdbcTemplate jdbc;

    public LotGenealogy(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tier from mine to magnet maker, declared or not, for a lot of {@code partNumber}. */
    public List<GenealogyLink> of(DeclaredChain chain, String partNumber, LocalDate today) {
        if (chain == null) {
            return List.of();
        }
        List<String> ids = chain.links().stream().map(ChainLink::sourceId).filter(id -> id != null).distinct().toList();
        Map<String, Source> sources = ids.isEmpty() ? Map.of() : sources(ids, today);
        Map<String, List<Qualification>> qualified = ids.isEmpty() ? Map.of() : qualifications(ids, partNumber);
        List<GenealogyLink> links = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            ChainLink link = chain.at(tier).orElse(null);
            if (link == null) {
                links.add(new GenealogyLink(tier.name(), null, null, null, false, null, null, false, null, List.of(), List.of()));
                continue;
            }
            Source source = sources.get(link.sourceId());
            CustodyModel custody = chain.custodyOf(link);
            links.add(new GenealogyLink(tier.name(), link.sourceId(), link.country(), custody == null ? null : custody.name(),
                    source != null, source == null ? null : source.name, source == null ? null : source.country,
                    source != null && source.disqualifiedReason != null, source == null ? null : source.disqualifiedReason,
                    source == null ? List.of() : List.copyOf(source.certificates),
                    qualified.getOrDefault(tier.name() + "|" + link.sourceId(), List.of())));
        }
        return links;
    }

    private Map<String, Source> sources(List<String> ids, LocalDate today) {
        Map<String, Source> sources = new LinkedHashMap<>();
        jdbc.query("SELECT s.source_id, s.name, s.country, s.disqualified_reason, c.cert_type, c.cert_number, c.issuer,"
                        + " c.valid_from, c.expires_on, c.warned_days FROM q_source s"
                        + " LEFT JOIN q_source_certificate c ON c.source_id = s.source_id"
                        + " WHERE s.source_id IN (:ids) ORDER BY s.source_id, c.cert_type",
                new MapSqlParameterSource("ids", ids), rs -> {
                    Source source = sources.get(rs.getString("source_id"));
                    if (source == null) {
                        source = new Source(rs.getString("name"), rs.getString("country"), rs.getString("disqualified_reason"));
                        sources.put(rs.getString("source_id"), source);
                    }
                    if (rs.getString("cert_type") != null) {
                        Number warned = (Number) rs.getObject("warned_days");
                        source.certificates.add(CertificateView.judged(rs.getString("cert_type"), rs.getString("cert_number"),
                                rs.getString("issuer"), rs.getString("valid_from"), rs.getString("expires_on"),
                                warned == null ? null : warned.intValue(), today));
                    }
                });
        return sources;
    }

    /** Keyed by tier and source: a source qualified at another tier does not qualify this link. */
    private Map<String, List<Qualification>> qualifications(List<String> ids, String partNumber) {
        Map<String, List<Qualification>> qualified = new HashMap<>();
        jdbc.query("SELECT q.tier, q.source_id, q.specification_id, q.status, q.basis FROM q_sourcing_qualification q"
                        + " WHERE q.source_id IN (:ids) AND q.specification_id IN"
                        + " (SELECT p.specification_id FROM q_sourcing_spec p WHERE p.part_number = :part)"
                        + " ORDER BY q.specification_id",
                new MapSqlParameterSource("ids", ids).addValue("part", partNumber), rs -> {
                    qualified.computeIfAbsent(rs.getString("tier") + "|" + rs.getString("source_id"), k -> new ArrayList<>())
                            .add(new Qualification(rs.getString("specification_id"), rs.getString("status"), rs.getString("basis")));
                });
        return qualified;
    }

    private static final class Source {
        final String name;
        final String country;
        final String disqualifiedReason;
        final List<CertificateView> certificates = new ArrayList<>();

        Source(String name, String country, String disqualifiedReason) {
            this.name = name;
            this.country = country;
            this.disqualifiedReason = disqualifiedReason;
        }
    }
}
