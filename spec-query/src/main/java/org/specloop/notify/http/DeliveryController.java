package org.specloop.notify.http;

import jakarta.servlet.http.HttpServletRequest;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.subscription.SubscriptionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** What happened to an OEM's notifications, and manual replay of dead letters. */
@RestController
@RequestMapping("/api/subscriptions/{subscriptionId}/deliveries")
class DeliveryController {
    private static final int MAX_LIMIT = 1000;
    private final SubscriptionRepository subscriptions;
    private final OutboxRepository outbox;
    private final Clock clock;

    public DeliveryController(SubscriptionRepository subscriptions, OutboxRepository outbox, ObjectProvider<Clock> clocks) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    /** Newest first; status is PENDING, DELIVERED, DEAD or WITHHELD (all when absent). */
    @GetMapping
    public List<DeliveryView> list(@PathVariable String subscriptionId, @RequestParam(required = false) String status,
                                   @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        owned(subscriptionId, request);
        DeliveryStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DeliveryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw NotifyRequestException.invalid(List.of(new FieldProblem("status", "must be PENDING, DELIVERED, DEAD or WITHHELD")));
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw NotifyRequestException.invalid(List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return outbox.ofSubscription(subscriptionId, wanted, limit).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{deliveryId}")
    public DeliveryView get(@PathVariable String subscriptionId, @PathVariable String deliveryId, HttpServletRequest request) {
        owned(subscriptionId, request);
        return outbox.find(subscriptionId, deliveryId).map(DeliveryView::of)
                .orElseThrow(() -> NotifyRequestException.notFound("delivery " + deliveryId));
    }

    /** Sends a dead letter again, with the same CloudEvent id and webhook-id, and a fresh retry budget. */
    @PostMapping("/{deliveryId}/replay")
    public ResponseEntity<DeliveryView> replay(@PathVariable String subscriptionId, @PathVariable String deliveryId,
                                               HttpServletRequest request) {
        owned(subscriptionId, request);
        var row = outbox.find(subscriptionId, deliveryId)
                .orElseThrow(() -> NotifyRequestException.notFound("delivery " + deliveryId));
        if (!outbox.replay(subscriptionId, deliveryId, clock.instant())) {
            throw NotifyRequestException.conflict("delivery-not-dead",
                    "only dead letters can be replayed; this delivery is " + row.status());
        }
        return ResponseEntity.accepted().body(DeliveryView.of(outbox.find(subscriptionId, deliveryId).orElseThrow()));
    }

    private void owned(String subscriptionId, HttpServletRequest request) {
        subscriptions.findOwned(subscriptionId, OemIdentity.of(request))
                .orElseThrow(() -> NotifyRequestException.notFound("subscription " + subscriptionId));
    }
}
