package org.specloop.notify.http;

import jakarta.servlet.http.HttpServletRequest;
import org.specloop.contracts.common.TextLimits;
import org.specloop.notify.grant.GrantChange;
import org.specloop.notify.grant.GrantKind;
import org.specloop.notify.grant.GrantRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OEM tenancy: an administrator grants each OEM account the part numbers and specification ids it may
 * follow, and revokes them, always with a reason; an OEM reads its own grants. The paths under
 * /api/admin are the administrator's (EndpointRules), GET /api/grants the OEM's.
 */
@RestController
class GrantController {
    private static final int MAX_OEM = 200;
    private final GrantRepository grants;
    private final Clock clock;

    public GrantController(GrantRepository grants, ObjectProvider<Clock> clocks) {
        this.grants = grants;
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    /** Every account that holds a grant, with what it holds. */
    @GetMapping("/api/admin/oem-grants")
    public List<GrantsView> all() {
        return grants.oems().stream().map(oem -> GrantsView.of(oem, grants.grantsOf(oem))).toList();
    }

    @GetMapping("/api/admin/oem-grants/{oem}")
    public GrantsView of(@PathVariable String oem) {
        return GrantsView.of(checkedOem(oem), grants.grantsOf(oem));
    }

    /** Every grant and revocation of the account, oldest first: who, when, what and why. */
    @GetMapping("/api/admin/oem-grants/{oem}/history")
    public List<GrantChange> history(@PathVariable String oem) {
        return grants.history(checkedOem(oem));
    }

    /** Grants the listed items; items already granted keep their first grant (a retried request changes nothing). */
    @PostMapping("/api/admin/oem-grants/{oem}")
    @Transactional
    public GrantsView grant(@PathVariable String oem, @RequestBody(required = false) GrantRequest body,
                            HttpServletRequest request) {
        Valid valid = validate(oem, body);
        String actor = OemIdentity.of(request);
        Instant now = clock.instant();
        valid.parts().forEach(part -> grants.grant(oem, GrantKind.PART, part, actor, now, valid.reason()));
        valid.specs().forEach(spec -> grants.grant(oem, GrantKind.SPECIFICATION, spec, actor, now, valid.reason()));
        return GrantsView.of(oem, grants.grantsOf(oem));
    }

    /** Revokes the listed items: notifications about them stop, including those already queued. */
    @PostMapping("/api/admin/oem-grants/{oem}/revocation")
    @Transactional
    public GrantsView revoke(@PathVariable String oem, @RequestBody(required = false) GrantRequest body,
                             HttpServletRequest request) {
        Valid valid = validate(oem, body);
        String actor = OemIdentity.of(request);
        Instant now = clock.instant();
        valid.parts().forEach(part -> grants.revoke(oem, GrantKind.PART, part, actor, now, valid.reason()));
        valid.specs().forEach(spec -> grants.revoke(oem, GrantKind.SPECIFICATION, spec, actor, now, valid.reason()));
        return GrantsView.of(oem, grants.grantsOf(oem));
    }

    /** The signed-in OEM account's own grants: what its subscriptions may name. */
    @GetMapping("/api/grants")
    public GrantsView mine(HttpServletRequest request) {
        String oem = OemIdentity.of(request);
        return GrantsView.of(oem, grants.grantsOf(oem));
    }

    private record Valid(Set<String> parts, Set<String> specs, String reason) {
    }

    private static Valid validate(String oem, GrantRequest body) {
        checkedOem(oem);
        if (body == null) {
            throw NotifyRequestException.invalid(List.of(new FieldProblem("body", "is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> parts = SubscriptionRequestValidator.ids("partNumbers", body.partNumbers(), errors);
        Set<String> specs = SubscriptionRequestValidator.ids("specificationIds", body.specificationIds(), errors);
        controlFree("partNumbers", body.partNumbers(), errors);
        controlFree("specificationIds", body.specificationIds(), errors);
        if (errors.isEmpty() && parts.isEmpty() && specs.isEmpty()) {
            errors.add(new FieldProblem("partNumbers", "name at least one part number or specification id"));
        }
        String reason = body.reason();
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldProblem("reason", "is required: the audit history keeps why"));
        } else if (reason.length() > TextLimits.REASON) {
            errors.add(new FieldProblem("reason", "must be at most " + TextLimits.REASON + " characters"));
        } else if (hasControl(reason, true)) {
            errors.add(new FieldProblem("reason", "must not contain control characters"));
        }
        if (!errors.isEmpty()) {
            throw NotifyRequestException.invalid(errors);
        }
        return new Valid(parts, specs, reason.strip());
    }

    private static String checkedOem(String oem) {
        if (oem == null || oem.isBlank() || oem.length() > MAX_OEM || hasControl(oem, false) || !oem.equals(oem.strip())) {
            throw NotifyRequestException.invalid(List.of(new FieldProblem("oem", "must be an account name of 1 to " + MAX_OEM
                    + " characters without control characters or surrounding spaces")));
        }
        return oem;
    }

    /** On the values as sent: trimming would silently drop a control character at either end. */
    private static void controlFree(String field, List<String> ids, List<FieldProblem> errors) {
        if (ids == null) {
            return;
        }
        ids.stream().filter(id -> id != null && hasControl(id, false)).findFirst()
                .ifPresent(id -> errors.add(new FieldProblem(field, "must not contain control characters")));
    }

    /** Line breaks and tabs are fine in a reason, never in a name. */
    private static boolean hasControl(String text, boolean allowLineBreaks) {
        return text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')));
    }
}
