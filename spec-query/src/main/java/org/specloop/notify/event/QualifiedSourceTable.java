package org.specloop.notify.event;

import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The sources each specification qualifies, as notify-outbox learns them from the events: those of its effective
 * revision (replaced by every RevisionBecameEffective) and those qualified later through engineering changes
 * (SourceQualified, kept across revisions, as the sourcing policy's QualifiedChain has them). A disqualified source
 * qualifies nothing from then on. A source's certificate news concerns exactly these specifications: an OEM
 * entitled to one of them hears it, other OEMs do not learn the source exists.
 * <p>
 * A tier a specification names no source for is open to any source, but that is no link between the two: such a
 * specification is not told about any source's certificates at that tier (docs/notifications.md).
 */
@Repository
public class QualifiedSourceTable {
    static final String REVISION = "REVISION";
    static final String CHANGE = "CHANGE";
    private final JdbcTemplate jdbc;

    public QualifiedSourceTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The effective revision's qualified sources replace the previous revision's; those of changes stay. */
    public void revisionQualifies(String specificationId, Collection<QualifiedSource> sources) {
        jdbc.update("DELETE FROM notify_qualified_source WHERE specification_id = ? AND origin = ?", specificationId, REVISION);
        sources.stream().filter(s -> s.tier() != null && s.sourceId() != null).distinct().forEach(source -> insert(specificationId, source.tier(), source.sourceId(), REVISION));
    }

    /** Idempotent: the same qualification handled again (a retried batch) adds nothing. */
    public void changeQualifies(String specificationId, Tier tier, String sourceId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM notify_qualified_source WHERE specification_id = ? AND tier = ?"
                + " AND source_id = ? AND origin = ?", Integer.class, specificationId, tier.name(), sourceId, CHANGE) == 0) {
            insert(specificationId, tier, sourceId, CHANGE);
        }
    }

    public void disqualified(String sourceId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM notify_disqualified_source WHERE source_id = ?", Integer.class,
                sourceId) == 0) {
            jdbc.update("INSERT INTO notify_disqualified_source (source_id) VALUES (?)", sourceId);
        }
    }

    /** The specifications that qualify the source at its tier, in id order; none once it is disqualified. */
    public List<String> specificationsQualifying(Tier tier, String sourceId) {
        if (tier == null || sourceId == null) {
            return List.of();
        }
        return jdbc.queryForList("SELECT DISTINCT q.specification_id FROM notify_qualified_source q WHERE q.source_id = ?"
                + " AND q.tier = ? AND NOT EXISTS (SELECT 1 FROM notify_disqualified_source d WHERE d.source_id = q.source_id)"
                + " ORDER BY q.specification_id", String.class, sourceId, tier.name());
    }

    /** Before a replay of notify-outbox, which fills the tables again from the events. */
    public void clear() {
        ReadModelTables.empty(jdbc, List.of("notify_qualified_source", "notify_disqualified_source"));
    }

    private void insert(String specificationId, Tier tier, String sourceId, String origin) {
        jdbc.update("INSERT INTO notify_qualified_source (specification_id, tier, source_id, origin) VALUES (?, ?, ?, ?)",
                specificationId, tier.name(), sourceId, origin);
    }
}
