package org.specloop.notify.subscription;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.notify.message.Severity;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Subscriptions in notify_subscription; every read by an OEM goes through the oem column. */
@Repository
public class SubscriptionRepository {
    private static final String COLUMNS = "id, oem, part_numbers, specification_ids, event_types, minimum_severity, "
            + "channel_kind, kafka_topic, webhook_url, secrets, endpoint_enabled, disabled_reason, created_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<Subscription> mapper = this::map;

    public SubscriptionRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Subscription s) {
        jdbc.update("INSERT INTO notify_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.oem(), write(s.filter().partNumbers()), write(s.filter().specificationIds()),
                write(s.filter().eventTypes()), s.filter().minimumSeverity().name(), s.channel().kind().name(),
                s.channel().topic(), s.channel().url(), write(s.channel().secrets()), s.endpointEnabled(),
                s.disabledReason(), Timestamp.from(s.createdAt()));
    }

    public List<Subscription> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM notify_subscription ORDER BY created_at, id", mapper);
    }

    public List<Subscription> ofOem(String oem) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notify_subscription WHERE oem = ? ORDER BY created_at, id", mapper, oem);
    }

    public Optional<Subscription> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notify_subscription WHERE id = ?", mapper, id).stream().findFirst();
    }

    /** Empty unless the subscription exists and belongs to this OEM: others' look exactly like missing ones. */
    public Optional<Subscription> findOwned(String id, String oem) {
        return find(id).filter(s -> s.oem().equals(oem));
    }

    /** Removes the subscription and its delivery history; nothing more is sent for it. */
    public void delete(String id) {
        jdbc.update("DELETE FROM notify_outbox WHERE subscription_id = ?", id);
        jdbc.update("DELETE FROM notify_subscription WHERE id = ?", id);
    }

    public void replaceSecrets(String id, List<String> secrets) {
        jdbc.update("UPDATE notify_subscription SET secrets = ? WHERE id = ?", write(secrets), id);
    }

    public void disableEndpoint(String id, String reason) {
        jdbc.update("UPDATE notify_subscription SET endpoint_enabled = FALSE, disabled_reason = ? WHERE id = ?",
                truncate(reason), id);
    }

    public void enableEndpoint(String id) {
        jdbc.update("UPDATE notify_subscription SET endpoint_enabled = TRUE, disabled_reason = NULL WHERE id = ?", id);
    }

    private Subscription map(ResultSet rs, int row) throws SQLException {
        SubscriptionFilter filter = new SubscriptionFilter(readSet(rs.getString("part_numbers")),
                readSet(rs.getString("specification_ids")), readSet(rs.getString("event_types")),
                Severity.valueOf(rs.getString("minimum_severity")));
        Channel channel = new Channel(ChannelKind.valueOf(rs.getString("channel_kind")), rs.getString("kafka_topic"),
                rs.getString("webhook_url"), read(rs.getString("secrets")));
        return new Subscription(rs.getString("id"), rs.getString("oem"), filter, channel,
                rs.getBoolean("endpoint_enabled"), rs.getString("disabled_reason"),
                rs.getTimestamp("created_at").toInstant());
    }

    private String write(Collection<String> values) {
        return Json.write(json, values == null ? List.of() : values.stream().sorted().toList());
    }

    private List<String> read(String text) {
        return text == null ? List.of() : Json.read(json, text, STRINGS);
    }

    private LinkedHashSet<String> readSet(String text) {
        return new LinkedHashSet<>(read(text));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
