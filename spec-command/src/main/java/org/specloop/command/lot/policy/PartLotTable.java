package org.specloop.command.lot.policy;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lots received per part number (table lot_conformance_lot) and the rejected ones (lot_conformance_rejected),
 * so a new revision can reach every open lot of its part.
 */
@Component
class PartLotTable {
    private final JdbcTemplate jdbc;

    PartLotTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Update first, insert when absent: portable across H2 and PostgreSQL, and idempotent on replay. */
    public void received(String lotId, String partNumber) {
        int updated = jdbc.update("UPDATE lot_conformance_lot SET part_number = ? WHERE lot_id = ?", partNumber, lotId);
        if (updated == 0) {
            jdbc.update("INSERT INTO lot_conformance_lot (lot_id, part_number, rejected) VALUES (?, ?, FALSE)",
                    lotId, partNumber);
        }
    }

    /**
     * The rejection is sequenced per lot, the receipt per part (LotConformanceSequencing), so either may come
     * first: the rejection has its own table, which only the lot's sequence writes.
     */
    public void rejected(String lotId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM lot_conformance_rejected WHERE lot_id = ?", Integer.class, lotId) == 0) {
            jdbc.update("INSERT INTO lot_conformance_rejected (lot_id) VALUES (?)", lotId);
        }
    }

    public List<String> openLotsOf(String partNumber) {
        return jdbc.queryForList("SELECT l.lot_id FROM lot_conformance_lot l WHERE l.part_number = ? AND NOT EXISTS "
                + "(SELECT 1 FROM lot_conformance_rejected r WHERE r.lot_id = l.lot_id) ORDER BY l.lot_id", String.class, partNumber);
    }

    /** Forgets every lot, before a replay refills the table. */
    public void clear() {
        jdbc.update("DELETE FROM lot_conformance_rejected");
        jdbc.update("DELETE FROM lot_conformance_lot");
    }
}
