package org.specloop.command.registry;

import org.specloop.command.kernel.CountryCodes;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.source.Certificate;

/**
 * Last-line checks of source commands. The HTTP edge refuses bad input with field paths first;
 * these guard the aggregate against other senders and answer 400, not 409.
 */
final class SourceCommands {

    private SourceCommands() {
    }

    static void checkCountry(String country) {
        if (!CountryCodes.isIsoAlpha2(country)) {
            throw new IllegalArgumentException("country " + CountryCodes.problem(country));
        }
    }

    static void checkCertificate(Certificate certificate) {
        Required.argument(certificate, "certificate");
        Required.argument(certificate.type(), "certificate type");
        Required.argument(certificate.number(), "certificate number");
        if (!CertificateDates.consistent(certificate.validFrom(), certificate.expiresOn())) {
            throw new IllegalArgumentException("certificate " + certificate.number() + " expires on "
                    + certificate.expiresOn() + ", not after it is valid from " + certificate.validFrom());
        }
    }
}
