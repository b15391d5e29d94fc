package org.specloop.notify;

import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Domain events as the aggregates publish them, with test values. */
public final class Events {
    static final Instant T = Instant.parse("2026-03-01T07:00:00Z");

    private Events() {
    }

    public static SpecificationCreated specCreated(String spec, String part) {
        return new SpecificationCreated(spec, part, "45SH", "Rotor magnet " + part, "qe.anna");
    }

    public static RevisionApproved revisionApproved(String spec, int revision) {
        return new RevisionApproved(spec, revision, "qe.bert", "motor Ke drift", SignatureMeaning.APPROVED, T, T.plusSeconds(86400));
    }

    public static RevisionBecameEffective revisionEffective(String spec, String part, int revision, Integer superseded,
                                                            double hcjMin) {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.33, 1.37, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, hcjMin, null, null, 20.0, "IEC 60404-8-1")), List.of(), null, 150.0);
        return new RevisionBecameEffective(spec, part, "45SH", revision, T, superseded, content);
    }

    public static MagnetLotReceived lotReceived(String lot, String part) {
        return new MagnetLotReceived(lot, "SUP-1", part, "45SH", 5000, null, List.of("CERT-1"), T);
    }

    public static LotHeld lotHeld(String lot) {
        return new LotHeld(lot, HoldCategory.SOURCE_CHANGE, "separator differs from the qualified chain", "loop", T);
    }

    public static LotReleased lotReleased(String lot) {
        return new LotReleased(lot, "requalified", "qe.anna", T);
    }

    public static LotRejected lotRejected(String lot) {
        return new LotRejected(lot, "HcJ below limit", "qe.anna", T);
    }

    public static EngineeringChangeRaised changeRaised(String change, String spec) {
        return new EngineeringChangeRaised(change, ChangeTrigger.SOURCE_CHANGE, "New separator", "Lot declares SEP-9",
                spec, List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-9")), List.of("LOT-1"), "loop", T);
    }

    public static EngineeringChangeApproved changeApproved(String change) {
        return new EngineeringChangeApproved(change, "qe.bert", "PPAP resubmitted", SignatureMeaning.APPROVED, T);
    }

    public static EngineeringChangeRejected changeRejected(String change) {
        return new EngineeringChangeRejected(change, "qe.bert", "not qualified", T);
    }

    public static SourceQualified sourceQualified(String source, String spec, String change) {
        return new SourceQualified("Q-" + spec + "-" + source, spec, Tier.SEPARATOR, source, change, "qe.bert", T);
    }

    /** The revision of {@link #revisionEffective} qualifying the given sources (tier, source id). */
    public static RevisionBecameEffective revisionQualifying(String spec, String part, int revision, QualifiedSource... sources) {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0, "IEC 60404-8-1")), List.of(),
                new SourcingRules(List.of(sources), List.of(), null), 150.0);
        return new RevisionBecameEffective(spec, part, "45SH", revision, T, revision == 1 ? null : revision - 1, content);
    }

    public static QualifiedSource separator(String source) {
        return new QualifiedSource(Tier.SEPARATOR, source);
    }

    /** RMAP R-&lt;source&gt; of a separator expires 2026-03-21, warned 20 days ahead at the 30-day threshold. */
    public static SourceCertificateExpiring certificateExpiring(String source) {
        return new SourceCertificateExpiring(source, Tier.SEPARATOR, "RMI RMAP", "R-" + source, LocalDate.parse("2026-03-21"),
                30, 20, LocalDate.parse("2026-03-01"));
    }

    public static SourceCertificateExpired certificateExpired(String source) {
        return new SourceCertificateExpired(source, Tier.SEPARATOR, "RMI RMAP", "R-" + source, LocalDate.parse("2026-03-21"),
                0, LocalDate.parse("2026-03-21"));
    }

    public static SupplySourceDisqualified disqualified(String source) {
        return new SupplySourceDisqualified(source, Tier.SEPARATOR, "MY", "audit failed");
    }
}
