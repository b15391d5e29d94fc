package org.specloop.query.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Supply sources and their certificates; expiry is judged when read, since "today" moves on without events. */
@Component
@ProcessingGroup("query-sources")
class SourceProjection {
    private static final String OBJECT_TYPE = SourceReadModel.OBJECT_TYPE;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectHistory history;

    public SourceProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ObjectHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    public void on(SupplySourceRegistered e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Sql.upsert(jdbc, "UPDATE q_source SET name = :name, tier = :tier, country = :country, supplies_to_json = :to"
                        + " WHERE source_id = :id",
                "INSERT INTO q_source (source_id, name, tier, country, supplies_to_json) VALUES (:id, :name, :tier, :country, :to)",
                source(e.sourceId()).addValue("name", e.name()).addValue("tier", Sql.enumName(e.tier()))
                        .addValue("country", e.country()).addValue("to", Json.write(json, e.suppliesTo())));
        if (e.certificates() != null) {
            e.certificates().forEach(c -> certificate(e.sourceId(), c));
        }
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "registered " + e.name() + " as " + e.tier()
                + " in " + e.country() + " with " + (e.certificates() == null ? 0 : e.certificates().size()) + " certificates");
    }

    @EventHandler
    public void on(CertificateAdded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        certificate(e.sourceId(), e.certificate());
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "certificate "
                + e.certificate().type() + " " + e.certificate().number() + " valid until " + e.certificate().expiresOn());
    }

    @EventHandler
    public void on(SupplySourceRelocated e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_source SET country = :country WHERE source_id = :id",
                source(e.sourceId()).addValue("country", e.country()));
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "relocated from " + e.previousCountry() + " to "
                + e.country() + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @EventHandler
    public void on(SupplySourceDisqualified e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_source SET disqualified_reason = :reason WHERE source_id = :id",
                source(e.sourceId()).addValue("reason", e.reason()));
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "disqualified: " + e.reason());
    }

    /** Kept on the certificate it is about: a renewal (another number or expiry) has replaced it and clears it. */
    @EventHandler
    public void on(SourceCertificateExpiring e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_source_certificate SET warned_days = :days, warned_on = :on WHERE source_id = :id"
                        + " AND cert_number = :number AND expires_on = :until",
                source(e.sourceId()).addValue("days", e.warningDays()).addValue("on", date(e.warnedOn()))
                        .addValue("number", e.number()).addValue("until", date(e.expiresOn())));
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "certificate " + e.certificateType() + " "
                + e.number() + " expires on " + e.expiresOn() + ", in " + e.daysLeft() + " days (warning at "
                + e.warningDays() + " days)");
    }

    /** History only: whether a certificate is expired is judged against the day it is read (CertificateView). */
    @EventHandler
    public void on(SourceCertificateExpired e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        history.record(eventId, OBJECT_TYPE, e.sourceId(), e, null, at, "certificate " + e.certificateType() + " "
                + e.number() + " expired on " + e.expiresOn() + " without a renewal");
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_source_certificate", "q_source"));
        history.clear(OBJECT_TYPE);
    }

    /** A certificate of a type the source already holds is its renewal and replaces it. */
    private void certificate(String sourceId, Certificate c) {
        Sql.upsert(jdbc, "UPDATE q_source_certificate SET cert_number = :number, issuer = :issuer, valid_from = :from,"
                        + " expires_on = :until, warned_days = NULL, warned_on = NULL WHERE source_id = :id AND cert_type = :type",
                "INSERT INTO q_source_certificate (source_id, cert_type, cert_number, issuer, valid_from, expires_on)"
                        + " VALUES (:id, :type, :number, :issuer, :from, :until)",
                source(sourceId).addValue("type", c.type()).addValue("number", c.number()).addValue("issuer", c.issuer())
                        .addValue("from", date(c.validFrom())).addValue("until", date(c.expiresOn())));
    }

    private static String date(LocalDate day) {
        return Objects.toString(day, null);
    }

    private static MapSqlParameterSource source(String sourceId) {
        return new MapSqlParameterSource("id", sourceId);
    }
}
