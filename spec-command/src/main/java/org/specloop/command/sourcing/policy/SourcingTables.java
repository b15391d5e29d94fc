package org.specloop.command.sourcing.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.command.sourcing.SourceRegistry;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.infrastructure.json.StoredJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sourcing policy's lookup tables (V2_30, V11_60): effective specs, qualifications, lots, chain claims, changes, registry. */
@Component
class SourcingTables implements WorkingTemperatures {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    SourcingTables(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Spec(String specificationId, String partNumber, int revision, RevisionContent content) {
    }

    /** receivedPosition: the receipt's store position; null when handled outside a processor or before V12_160. */
    record Lot(String lotId, String partNumber, DeclaredChain chain, LocalDate receivedOn, Long receivedPosition) {
        Lot(String lotId, String partNumber, DeclaredChain chain, LocalDate receivedOn) {
            this(lotId, partNumber, chain, receivedOn, null);
        }
    }

    record Claim(String changeId, String status, boolean created) {
    }

    record Change(String changeId, String specificationId, List<SourceSwap> swaps, String status) {
    }

    public void putSpec(Spec spec) {
        String content = write(spec.content());
        if (jdbc.update("UPDATE sourcing_spec SET part_number = ?, revision = ?, content_json = ? WHERE specification_id = ?",
                spec.partNumber(), spec.revision(), content, spec.specificationId()) == 0) {
            jdbc.update("INSERT INTO sourcing_spec (specification_id, part_number, revision, content_json) VALUES (?, ?, ?, ?)",
                    spec.specificationId(), spec.partNumber(), spec.revision(), content);
        }
    }

    public Optional<Spec> specOfPart(String partNumber) {
        return specWhere("part_number", partNumber);
    }

    public Optional<Spec> spec(String specificationId) {
        return specWhere("specification_id", specificationId);
    }

    @Override
    public Optional<Double> maxWorkingTemperatureC(String specificationId) {
        return specificationId == null ? Optional.empty()
                : spec(specificationId).map(s -> s.content().maxWorkingTemperatureC());
    }

    @Override
    public Optional<RequalificationRecords> requalification(String specificationId) {
        return specificationId == null ? Optional.empty()
                : spec(specificationId).map(s -> s.content().sourcingRules().requalification());
    }

    private Optional<Spec> specWhere(String column, String value) {
        return jdbc.query("SELECT specification_id, part_number, revision, content_json FROM sourcing_spec WHERE "
                        + column + " = ? ORDER BY specification_id",
                (rs, i) -> new Spec(rs.getString(1), rs.getString(2), rs.getInt(3),
                        read(rs.getString(4), new TypeReference<RevisionContent>() { })), value).stream().findFirst();
    }

    public void qualify(String specificationId, Tier tier, String sourceId, String changeId) {
        try {
            jdbc.update("INSERT INTO sourcing_qualified (specification_id, tier, source_id, change_id) VALUES (?, ?, ?, ?)",
                    specificationId, tier.name(), sourceId, changeId);
        } catch (DuplicateKeyException replayed) {
            // qualified before; the first change that qualified it stays on record
        }
    }

    public List<QualifiedSource> qualifiedByChanges(String specificationId) {
        return jdbc.query("SELECT tier, source_id FROM sourcing_qualified WHERE specification_id = ? ORDER BY change_id",
                (rs, i) -> new QualifiedSource(Tier.valueOf(rs.getString(1)), rs.getString(2)), specificationId);
    }

    /** The registry's facts about a source: registered, or moved to another country. */
    public void putSource(RegisteredSource source) {
        String certificates = write(source.certificates());
        if (jdbc.update("UPDATE sourcing_source SET tier = ?, country = ?, certificates_json = ? WHERE source_id = ?",
                source.tier().name(), source.country(), certificates, source.sourceId()) == 0) {
            jdbc.update("INSERT INTO sourcing_source (source_id, tier, country, certificates_json) VALUES (?, ?, ?, ?)",
                    source.sourceId(), source.tier().name(), source.country(), certificates);
        }
    }

    /** A certificate added or renewed: kept next to the ones it may replace, the check picks any valid one. */
    public void addCertificate(String sourceId, Certificate certificate) {
        source(sourceId).filter(RegisteredSource::certificatesKnown).ifPresent(source -> {
            if (!source.certificates().contains(certificate)) {
                List<Certificate> certificates = new java.util.ArrayList<>(source.certificates());
                certificates.add(certificate);
                jdbc.update("UPDATE sourcing_source SET certificates_json = ? WHERE source_id = ?", write(certificates), sourceId);
            }
        });
    }

    public Optional<RegisteredSource> source(String sourceId) {
        return jdbc.query("SELECT source_id, tier, country, certificates_json, disqualified_reason"
                + " FROM sourcing_source WHERE source_id = ?",
                this::sourceRow, sourceId).stream().findFirst();
    }

    /** Every registered source, for the certificate watch. */
    public List<RegisteredSource> sources() {
        return jdbc.query("SELECT source_id, tier, country, certificates_json, disqualified_reason"
                + " FROM sourcing_source ORDER BY source_id",
                this::sourceRow);
    }

    private RegisteredSource sourceRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String certificates = rs.getString(4);
        // NULL: recorded before V11_70 and not replayed since, so the certificates are unknown (not judged)
        return new RegisteredSource(rs.getString(1), Tier.valueOf(rs.getString(2)), rs.getString(3),
                certificates == null ? List.of() : read(certificates, new TypeReference<List<Certificate>>() { }),
                certificates != null, rs.getString(5));
    }

    /** Lots neither rejected nor released: stock the certificate watch judges again on a new day. */
    public List<Lot> unreleasedLots() {
        return jdbc.query("SELECT lot_id, part_number, chain_json, received_on FROM sourcing_lot WHERE rejected = FALSE"
                        + " AND released = FALSE ORDER BY lot_id",
                (rs, i) -> new Lot(rs.getString(1), rs.getString(2), read(rs.getString(3), new TypeReference<DeclaredChain>() { }),
                        LocalDate.parse(rs.getString(4))));
    }

    public void released(String lotId) {
        jdbc.update("UPDATE sourcing_lot SET released = TRUE WHERE lot_id = ?", lotId);
    }

    public boolean isReleased(String lotId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT released FROM sourcing_lot WHERE lot_id = ?",
                (rs, i) -> rs.getBoolean(1), lotId).stream().findFirst().orElse(false));
    }

    /**
     * Claims the day for this node: true for exactly one caller per day across the cluster (a conditional update,
     * or the first insert). The day is claimed before the work, so a node that fails mid-way leaves the rest to
     * the receipt check and the next day; re-judging is idempotent, so a retry would only repeat it.
     */
    public boolean claimDay(LocalDate today) {
        Optional<String> judged = jdbc.query("SELECT judged_on FROM sourcing_certificate_watch WHERE watch_id = 'certificates'",
                (rs, i) -> rs.getString(1)).stream().findFirst();
        if (judged.isEmpty()) {
            try {
                return jdbc.update("INSERT INTO sourcing_certificate_watch (watch_id, judged_on) VALUES ('certificates', ?)",
                        today.toString()) == 1;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        if (!LocalDate.parse(judged.get()).isBefore(today)) {
            return false;
        }
        return jdbc.update("UPDATE sourcing_certificate_watch SET judged_on = ? WHERE watch_id = 'certificates' AND judged_on = ?",
                today.toString(), judged.get()) == 1;
    }

    public void disqualify(String sourceId, String reason) {
        jdbc.update("UPDATE sourcing_source SET disqualified_reason = ? WHERE source_id = ?", reason, sourceId);
    }

    /** Every spec with an effective revision, for the triggers that start from a source rather than a lot. */
    public List<Spec> specs() {
        return jdbc.query("SELECT specification_id FROM sourcing_spec ORDER BY specification_id",
                (rs, i) -> rs.getString(1)).stream().map(this::spec).flatMap(Optional::stream).toList();
    }

    /**
     * Sources of the spec under requalification in place: a relocation's change names the source as its own
     * replacement, and until that change is approved the source qualifies no new lot of the spec.
     */
    public List<QualifiedSource> underRequalification(String specificationId) {
        return jdbc.query("SELECT swaps_json FROM sourcing_change WHERE specification_id = ? AND status <> 'APPROVED'",
                        (rs, i) -> read(rs.getString(1), new TypeReference<List<SourceSwap>>() { }), specificationId)
                .stream().flatMap(List::stream).filter(s -> s.newSourceId() != null && s.newSourceId().equals(s.previousSourceId()))
                .map(s -> new QualifiedSource(s.tier(), s.newSourceId())).distinct().toList();
    }

    /** A claim for a new change of this chain, replacing a rejected one: a new relocation deserves a new decision. */
    public Claim reclaim(String specificationId, String chainKey, String proposedChangeId) {
        jdbc.update("DELETE FROM sourcing_chain_claim WHERE specification_id = ? AND chain_key = ? AND status = 'REJECTED'",
                specificationId, chainKey);
        return claim(specificationId, chainKey, proposedChangeId);
    }

    public void relocate(String sourceId, String country) {
        jdbc.update("UPDATE sourcing_source SET country = ? WHERE source_id = ?", country, sourceId);
    }

    /** The registry as the receipt check reads it: only the sources the chain names. */
    public SourceRegistry registryFor(DeclaredChain chain) {
        return SourceRegistry.of(sourcesOf(chain));
    }

    private List<RegisteredSource> sourcesOf(DeclaredChain chain) {
        List<String> ids = chain == null ? List.of() : chain.links().stream().map(l -> l.sourceId()).filter(id -> id != null)
                .distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.query("SELECT source_id, tier, country, certificates_json, disqualified_reason"
                + " FROM sourcing_source"
                + " WHERE source_id IN (" + marks + ")", this::sourceRow, ids.toArray());
    }

    /**
     * The registry as a receipt at the given store position reads it: each source's country as the registration
     * or relocation before that position set it (a relocation the registry's sequence handled first does not count;
     * one it has not handled yet is judged when its note arrives). Null position, or no country known before it:
     * the registry as it is.
     */
    public SourceRegistry registryFor(DeclaredChain chain, Long position) {
        List<RegisteredSource> current = sourcesOf(chain);
        if (position == null || current.isEmpty()) {
            return SourceRegistry.of(current);
        }
        java.util.Map<String, String> countryThen = new java.util.HashMap<>();
        java.util.Map<String, Long> setAt = new java.util.HashMap<>();
        List<String> ids = current.stream().map(RegisteredSource::sourceId).toList();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(ids);
        args.add(position);
        jdbc.query("SELECT source_id, from_position, country FROM sourcing_source_country WHERE source_id IN (" + marks
                + ") AND from_position < ?", rs -> {
            String id = rs.getString(1);
            long from = rs.getLong(2);
            if (from >= setAt.getOrDefault(id, Long.MIN_VALUE)) {
                setAt.put(id, from);
                countryThen.put(id, rs.getString(3));
            }
        }, args.toArray());
        return SourceRegistry.of(current.stream().map(s -> countryThen.containsKey(s.sourceId())
                ? new RegisteredSource(s.sourceId(), s.tier(), countryThen.get(s.sourceId()), s.certificates(),
                s.certificatesKnown(), s.disqualifiedReason()) : s).toList());
    }

    /** The source's country from this store position on (a registration or a relocation); a replay changes nothing. */
    public void countryFrom(String sourceId, long position, String country) {
        jdbc.update("DELETE FROM sourcing_source_country WHERE source_id = ? AND from_position = ?", sourceId, position);
        jdbc.update("INSERT INTO sourcing_source_country (source_id, from_position, country) VALUES (?, ?, ?)",
                sourceId, position, country);
    }

    public void received(Lot lot) {
        String chain = write(lot.chain());
        if (jdbc.update("UPDATE sourcing_lot SET part_number = ?, chain_json = ?, received_on = ?, received_position = ?"
                        + " WHERE lot_id = ?", lot.partNumber(), chain, lot.receivedOn().toString(), lot.receivedPosition(),
                lot.lotId()) == 0) {
            jdbc.update("INSERT INTO sourcing_lot (lot_id, part_number, chain_json, received_on, received_position, rejected,"
                    + " source_hold, rule_hold) VALUES (?, ?, ?, ?, ?, FALSE, FALSE, FALSE)", lot.lotId(), lot.partNumber(),
                    chain, lot.receivedOn().toString(), lot.receivedPosition());
        }
    }

    /** The part's lots neither rejected nor released, with their receipt positions: what a registry note judges. */
    public List<Lot> unreleasedLotsOf(String partNumber) {
        return jdbc.query("SELECT lot_id, part_number, chain_json, received_on, received_position FROM sourcing_lot"
                        + " WHERE part_number = ? AND rejected = FALSE AND released = FALSE ORDER BY lot_id",
                (rs, i) -> new Lot(rs.getString(1), rs.getString(2), read(rs.getString(3), new TypeReference<DeclaredChain>() { }),
                        LocalDate.parse(rs.getString(4)), (Long) rs.getObject(5, Long.class)), partNumber);
    }

    /** Who supplied the lot and its grade, for the part accountability of a first article record. */
    public void lotOrigin(String lotId, String supplierId, String grade) {
        jdbc.update("UPDATE sourcing_lot SET supplier_id = ?, grade = ? WHERE lot_id = ?", supplierId, grade, lotId);
    }

    record LotOrigin(String lotId, String supplierId, String grade, DeclaredChain chain) {
    }

    public Optional<LotOrigin> lotOrigin(String lotId) {
        return jdbc.query("SELECT lot_id, supplier_id, grade, chain_json FROM sourcing_lot WHERE lot_id = ?",
                (rs, i) -> new LotOrigin(rs.getString(1), rs.getString(2), rs.getString(3),
                        read(rs.getString(4), new TypeReference<DeclaredChain>() { })), lotId).stream().findFirst();
    }

    public void specTitle(String specificationId, String title) {
        if (jdbc.update("UPDATE sourcing_spec_title SET title = ? WHERE specification_id = ?", title, specificationId) == 0) {
            jdbc.update("INSERT INTO sourcing_spec_title (specification_id, title) VALUES (?, ?)", specificationId, title);
        }
    }

    public Optional<String> specTitle(String specificationId) {
        return jdbc.queryForList("SELECT title FROM sourcing_spec_title WHERE specification_id = ?", String.class,
                specificationId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public void rejected(String lotId) {
        jdbc.update("UPDATE sourcing_lot SET rejected = TRUE WHERE lot_id = ?", lotId);
    }

    public void hold(String lotId, String column, boolean held) {
        jdbc.update("UPDATE sourcing_lot SET " + column + " = ? WHERE lot_id = ?", held, lotId);
    }

    /** Lots of the part held for a sourcing reason and not rejected: the ones a new qualification or revision may free. */
    public List<Lot> heldLotsOf(String partNumber) {
        return jdbc.query("SELECT lot_id, part_number, chain_json, received_on FROM sourcing_lot WHERE part_number = ?"
                        + " AND rejected = FALSE AND (source_hold = TRUE OR rule_hold = TRUE) ORDER BY lot_id",
                (rs, i) -> new Lot(rs.getString(1), rs.getString(2), read(rs.getString(3), new TypeReference<DeclaredChain>() { }),
                        LocalDate.parse(rs.getString(4))), partNumber);
    }

    public boolean isHeld(String lotId, String column) {
        return Boolean.TRUE.equals(jdbc.query("SELECT " + column + " FROM sourcing_lot WHERE lot_id = ?",
                (rs, i) -> rs.getBoolean(1), lotId).stream().findFirst().orElse(false));
    }

    /** The open change of this spec and new chain, or a claim for a new one under the proposed id. */
    public Claim claim(String specificationId, String chainKey, String proposedChangeId) {
        Optional<Claim> existing = existingClaim(specificationId, chainKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.update("INSERT INTO sourcing_chain_claim (specification_id, chain_key, change_id, status) VALUES (?, ?, ?, 'OPEN')",
                    specificationId, chainKey, proposedChangeId);
            return new Claim(proposedChangeId, "OPEN", true);
        } catch (DuplicateKeyException raced) {
            return existingClaim(specificationId, chainKey).orElseThrow(() -> raced);
        }
    }

    private Optional<Claim> existingClaim(String specificationId, String chainKey) {
        return jdbc.query("SELECT change_id, status FROM sourcing_chain_claim WHERE specification_id = ? AND chain_key = ?",
                (rs, i) -> new Claim(rs.getString(1), rs.getString(2), false), specificationId, chainKey).stream().findFirst();
    }

    /** Approved: the chain is qualified now, so a later difference from it is a new change. Rejected: remembered. */
    public void decideClaims(String changeId, String status) {
        if ("APPROVED".equals(status)) {
            jdbc.update("DELETE FROM sourcing_chain_claim WHERE change_id = ?", changeId);
        } else {
            jdbc.update("UPDATE sourcing_chain_claim SET status = ? WHERE change_id = ?", status, changeId);
        }
    }

    public void putChange(Change change) {
        String swaps = write(change.swaps());
        if (jdbc.update("UPDATE sourcing_change SET specification_id = ?, swaps_json = ? WHERE change_id = ?",
                change.specificationId(), swaps, change.changeId()) == 0) {
            jdbc.update("INSERT INTO sourcing_change (change_id, specification_id, swaps_json, status, planned) VALUES (?, ?, ?, ?, FALSE)",
                    change.changeId(), change.specificationId(), swaps, change.status());
        }
    }

    public Optional<Change> change(String changeId) {
        return jdbc.query("SELECT change_id, specification_id, swaps_json, status FROM sourcing_change WHERE change_id = ?",
                (rs, i) -> new Change(rs.getString(1), rs.getString(2),
                        read(rs.getString(3), new TypeReference<List<SourceSwap>>() { }), rs.getString(4)), changeId)
                .stream().findFirst();
    }

    public void changeStatus(String changeId, String status) {
        jdbc.update("UPDATE sourcing_change SET status = ? WHERE change_id = ?", status, changeId);
    }

    private String write(Object value) {
        return StoredJson.write(json, value, "sourcing data");
    }

    private <T> T read(String text, TypeReference<T> type) {
        return StoredJson.read(json, text, type, "sourcing data");
    }

    /** Forgets everything, before a replay of the group refills the tables from the events. */
    public void clear() {
        for (String table : List.of("sourcing_spec", "sourcing_qualified", "sourcing_lot", "sourcing_chain_claim",
                "sourcing_change", "sourcing_source", "sourcing_source_country", "sourcing_certificate_watch",
                "sourcing_spec_title")) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
