package org.specloop.notify.http;

import jakarta.servlet.http.HttpServletRequest;
import org.specloop.notify.grant.GrantRepository;
import org.specloop.notify.grant.OemGrants;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.SubscriptionFilter;
import org.specloop.notify.subscription.SubscriptionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** OEM subscriptions to change notifications; each OEM sees and manages only its own. */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {
    private final SubscriptionRepository subscriptions;
    private final SubscriptionRequestValidator validator;
    private final GrantRepository grants;
    private final Clock clock;

    public SubscriptionController(SubscriptionRepository subscriptions, SubscriptionRequestValidator validator,
                                  GrantRepository grants, ObjectProvider<Clock> clocks) {
        this.subscriptions = subscriptions;
        this.validator = validator;
        this.grants = grants;
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    @PostMapping
    public ResponseEntity<SubscriptionView> create(@RequestBody(required = false) SubscriptionRequest body,
                                                   HttpServletRequest request) {
        String oem = OemIdentity.of(request);
        SubscriptionRequestValidator.Valid valid = validator.validate(body, oem);
        refuseWhatIsNotGranted(oem, valid.filter());
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), oem, valid.filter(), valid.channel(),
                true, null, clock.instant());
        subscriptions.insert(subscription);
        return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id()))
                .body(SubscriptionView.of(subscription));
    }

    @GetMapping
    public List<SubscriptionView> list(HttpServletRequest request) {
        return subscriptions.ofOem(OemIdentity.of(request)).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    public SubscriptionView get(@PathVariable String id, HttpServletRequest request) {
        return SubscriptionView.of(owned(id, request));
    }

    @DeleteMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        subscriptions.delete(owned(id, request).id());
        return ResponseEntity.noContent().build();
    }

    /** Key rotation: send [new, old] first, move receivers to the new key, then send [new]. */
    @PutMapping("/{id}/secrets")
    public SubscriptionView rotateSecrets(@PathVariable String id, @RequestBody(required = false) SubscriptionRequest.Secrets body,
                                          HttpServletRequest request) {
        Subscription subscription = owned(id, request);
        if (subscription.channel().kind() != ChannelKind.WEBHOOK) {
            throw NotifyRequestException.conflict("not-a-webhook", "only webhook subscriptions have signing secrets");
        }
        List<FieldProblem> errors = new ArrayList<>();
        List<String> secrets = validator.secrets("secrets", body == null ? null : body.secrets(), errors);
        if (!errors.isEmpty()) {
            throw NotifyRequestException.invalid(errors);
        }
        subscriptions.replaceSecrets(id, secrets);
        return SubscriptionView.of(owned(id, request));
    }

    /** Re-enables an endpoint disabled by 410 Gone; its waiting notifications then go out in order. */
    @PostMapping("/{id}/enable")
    public SubscriptionView enable(@PathVariable String id, HttpServletRequest request) {
        subscriptions.enableEndpoint(owned(id, request).id());
        return SubscriptionView.of(owned(id, request));
    }

    /** A subscription may name only parts and specifications the account was granted (docs/notifications.md). */
    private void refuseWhatIsNotGranted(String oem, SubscriptionFilter filter) {
        OemGrants granted = grants.of(oem);
        List<FieldProblem> problems = new ArrayList<>();
        filter.partNumbers().stream().sorted().filter(part -> !granted.partNumbers().contains(part))
                .forEach(part -> problems.add(new FieldProblem("partNumbers", part + " is not granted to account " + oem)));
        filter.specificationIds().stream().sorted().filter(spec -> !granted.specificationIds().contains(spec))
                .forEach(spec -> problems.add(new FieldProblem("specificationIds", spec + " is not granted to account " + oem)));
        if (!problems.isEmpty()) {
            throw NotifyRequestException.forbidden("not-entitled", "account " + oem + " may follow only the parts and "
                    + "specifications an administrator granted it (GET /api/grants); " + problems.size() + " named here are not",
                    problems);
        }
    }

    private Subscription owned(String id, HttpServletRequest request) {
        return subscriptions.findOwned(id, OemIdentity.of(request))
                .orElseThrow(() -> NotifyRequestException.notFound("subscription " + id));
    }
}
