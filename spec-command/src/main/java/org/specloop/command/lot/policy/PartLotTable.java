package org.specloop.command.lot.policy;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The lots received per part number (table lot_conformance_lot), so a new revision can reach them all. */
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

    public void rejected(String lotId) {
        jdbc.update("UPDATE lot_conformance_lot SET rejected = TRUE WHERE lot_id = ?", lotId);
    }

    public List<String> openLotsOf(String partNumber) {
        return jdbc.queryForList("SELECT lot_id FROM lot_conformance_lot WHERE part_number = ? AND rejected = FALSE "
                + "ORDER BY lot_id", String.class, partNumber);
    }
}
