package org.specloop.infrastructure.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Remembers the outcome of requests sent with an Idempotency-Key, in the same database as the events. */
@Component
class IdempotencyStore {
    static final Duration RETENTION = Duration.ofHours(24);
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(String fingerprint, boolean completed, int status, String contentType, String location, String body) {
    }

    /** Claims the key for this request; empty when claimed, otherwise what the earlier request left. */
    public Optional<Entry> claim(String scopedKey, String fingerprint) {
        try {
            jdbc.update("INSERT INTO idempotency_key (scoped_key, fingerprint, state, created_at) VALUES (?, ?, 'IN_PROGRESS', ?)",
                    scopedKey, fingerprint, Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            List<Entry> entries = jdbc.query("SELECT fingerprint, state, status, content_type, location, body FROM idempotency_key WHERE scoped_key = ?",
                    (rs, i) -> new Entry(rs.getString(1), "DONE".equals(rs.getString(2)), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)), scopedKey);
            // the first request failed and released the key between our insert and select: let this one proceed
            return entries.isEmpty() ? claim(scopedKey, fingerprint) : Optional.of(entries.get(0));
        }
    }

    public void complete(String scopedKey, int status, String contentType, String location, String body) {
        jdbc.update("UPDATE idempotency_key SET state = 'DONE', status = ?, content_type = ?, location = ?, body = ? WHERE scoped_key = ?",
                status, contentType, location, body, scopedKey);
    }

    /** A failed attempt (server error) must not be replayed: the client's retry should run again. */
    public void release(String scopedKey) {
        jdbc.update("DELETE FROM idempotency_key WHERE scoped_key = ?", scopedKey);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purgeExpired() {
        jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", Timestamp.from(clock.instant().minus(RETENTION)));
    }
}
