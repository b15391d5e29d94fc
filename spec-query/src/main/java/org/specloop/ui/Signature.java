package org.specloop.ui;

import org.specloop.contracts.common.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What a signing form carries besides the password (checked by the security filter before the
 * controller runs): the reason, and for approvals an optional effective date, read as the start of
 * that day in the workspace's zone. The signer is always the logged-in person, never a form field.
 */
record Signature(String signer, String reason, Instant effectiveFrom) {

    static Signature of(Principal principal, String reason, String effectiveDate, ZoneId zone) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to sign");
        }
        return new Signature(principal.getName(), reason(reason), day(effectiveDate, zone));
    }

    /**
     * A reason typed into the workspace, trimmed and held to the same limit as over the API: the read
     * models store it in columns of TextLimits.REASON characters.
     */
    static String reason(String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.length() > TextLimits.REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "reason must be at most " + TextLimits.REASON + " characters (has " + text.length() + ")");
        }
        return text;
    }

    /** The optional text for OEMs beside a decision's reason: blank is none, and it is held to the same limit. */
    static String publicReason(String publicReason) {
        if (publicReason == null || publicReason.isBlank()) {
            return null;
        }
        String text = publicReason.strip();
        if (text.length() > TextLimits.REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "publicReason must be at most " + TextLimits.REASON + " characters (has " + text.length() + ")");
        }
        return text;
    }

    private static Instant day(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "effective date must be a date such as 2026-12-01");
        }
    }
}
