package org.specloop.command.registry;

import java.time.LocalDate;

/** A certificate that expires before it is valid was mistyped; an open end on either side is allowed. */
public final class CertificateDates {

    private CertificateDates() {
    }

    public static boolean consistent(LocalDate validFrom, LocalDate expiresOn) {
        return validFrom == null || expiresOn == null || expiresOn.isAfter(validFrom);
    }
}
