package org.specloop.contracts.source;

import java.time.LocalDate;

/** A certificate held by a supply source, e.g. ISO 9001, IATF 16949, AS9100, RMI RMAP. */
public record Certificate(String type, String number, String issuer, LocalDate validFrom, LocalDate expiresOn) {

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
