package org.specloop.command.registry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.source.AddCertificate;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.DisqualifySupplySource;
import org.specloop.contracts.source.RecordCertificateExpiry;
import org.specloop.contracts.source.RegisterSupplySource;
import org.specloop.contracts.source.RelocateSupplySource;
import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.source.WarnCertificateExpiring;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;

/**
 * A node of the magnet chain (mine ... magnet maker). Its country matters because sourcing rules
 * exclude countries per tier, so a relocation is recorded as an event that downstream is a source change.
 */
public class SupplySource {
    @AggregateIdentifier
    private String sourceId;
    private String country;
    private Tier tier;
    private final List<Certificate> certificates = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    /** Certificate expiries (number/expiresOn) warned about at any threshold, and those recorded as expired. */
    private final Set<String> warnedExpiries = new HashSet<>();
    private final Set<String> expired = new HashSet<>();
    private boolean disqualified;

    protected SupplySource() {
    }

    @CommandHandler
    public SupplySource(RegisterSupplySource command) {
        Required.argument(command.sourceId(), "sourceId");
        Required.argument(command.name(), "name");
        Required.argument(command.tier(), "tier");
        SourceCommands.checkCountry(command.country());
        List<Certificate> certificates = command.certificates() == null ? List.of() : List.copyOf(command.certificates());
        certificates.forEach(SourceCommands::checkCertificate);
        apply(new SupplySourceRegistered(command.sourceId(), command.name(), command.tier(), command.country(),
                command.suppliesTo() == null ? List.of() : List.copyOf(command.suppliesTo()), certificates));
    }

    /** Adding a certificate the source already holds is a no-op, so a retried request adds nothing. */
    @CommandHandler
    public void handle(AddCertificate command) {
        SourceCommands.checkCertificate(command.certificate());
        if (!certificates.contains(command.certificate())) {
            apply(new CertificateAdded(sourceId, command.certificate()));
        }
    }

    /** Moving to the country it is already in is no move: no event, so no spurious source change downstream. */
    @CommandHandler
    public void handle(RelocateSupplySource command) {
        SourceCommands.checkCountry(command.country());
        Required.argument(command.reason(), "reason");
        if (!command.country().equals(country)) {
            apply(new SupplySourceRelocated(sourceId, country, command.country(), command.reason()));
        }
    }

    /** Disqualifying a disqualified source is no news: a retried request raises no second set of changes. */
    @CommandHandler
    public void handle(DisqualifySupplySource command) {
        Required.argument(command.reason(), "reason");
        if (!disqualified) {
            apply(new SupplySourceDisqualified(sourceId, tier, country, command.reason()));
        }
    }

    /**
     * Warns once per certificate expiry and threshold: a retried or repeated watch adds nothing, and a renewal
     * (a later expiry under the same number) is warned about afresh when its own day comes. A certificate that
     * is not within the threshold, or already expired, is no warning.
     */
    @CommandHandler
    public void handle(WarnCertificateExpiring command) {
        Required.argument(command.number(), "certificate number");
        Required.argument(command.today(), "today");
        Optional<Certificate> latest = certificates.stream().filter(c -> command.number().equals(c.number()))
                .filter(c -> c.expiresOn() != null).max(Comparator.comparing(Certificate::expiresOn));
        latest.ifPresent(certificate -> {
            long daysLeft = ChronoUnit.DAYS.between(command.today(), certificate.expiresOn());
            if (daysLeft > 0 && daysLeft <= command.warningDays()
                    && !warned.contains(warningKey(certificate, command.warningDays()))) {
                apply(new SourceCertificateExpiring(sourceId, tier, certificate.type(), certificate.number(),
                        certificate.expiresOn(), command.warningDays(), (int) daysLeft, command.today()));
            }
        });
    }

    /**
     * Records the expiry of the latest certificate under the number once its expiry day has come, once per expiry.
     * Only an expiry warned about ahead is news: a certificate registered already expired, or expired before
     * warnings existed, raises nothing, so a first watch does not announce years of old expiries at once. A renewal
     * under the same number (a later expiry) is not expired, so nothing is raised for it.
     */
    @CommandHandler
    public void handle(RecordCertificateExpiry command) {
        Required.argument(command.number(), "certificate number");
        Required.argument(command.today(), "today");
        certificates.stream().filter(c -> command.number().equals(c.number())).filter(c -> c.expiresOn() != null)
                .max(Comparator.comparing(Certificate::expiresOn))
                .filter(c -> !command.today().isBefore(c.expiresOn()))
                .filter(c -> warnedExpiries.contains(expiryKey(c)) && !expired.contains(expiryKey(c)))
                .ifPresent(c -> apply(new SourceCertificateExpired(sourceId, tier, c.type(), c.number(), c.expiresOn(),
                        (int) ChronoUnit.DAYS.between(c.expiresOn(), command.today()), command.today())));
    }

    private static String warningKey(Certificate certificate, int warningDays) {
        return certificate.number() + "/" + certificate.expiresOn() + "/" + warningDays;
    }

    private static String expiryKey(Certificate certificate) {
        return certificate.number() + "/" + certificate.expiresOn();
    }

    @EventSourcingHandler
    void on(SourceCertificateExpiring event) {
        warned.add(event.number() + "/" + event.expiresOn() + "/" + event.warningDays());
        warnedExpiries.add(event.number() + "/" + event.expiresOn());
    }

    @EventSourcingHandler
    void on(SourceCertificateExpired event) {
        expired.add(event.number() + "/" + event.expiresOn());
    }

    @EventSourcingHandler
    void on(SupplySourceRegistered event) {
        sourceId = event.sourceId();
        country = event.country();
        tier = event.tier();
        certificates.addAll(event.certificates());
    }

    @EventSourcingHandler
    void on(CertificateAdded event) {
        certificates.add(event.certificate());
    }

    @EventSourcingHandler
    void on(SupplySourceDisqualified event) {
        disqualified = true;
    }

    @EventSourcingHandler
    void on(SupplySourceRelocated event) {
        country = event.country();
    }
}
