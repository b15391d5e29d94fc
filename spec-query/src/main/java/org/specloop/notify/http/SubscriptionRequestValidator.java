package org.specloop.notify.http;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import org.specloop.notify.delivery.KafkaSender;
import org.specloop.notify.WebhookSignature;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.SubscriptionFilter;
import org.specloop.notify.subscription.WebhookUrlPolicy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a subscription request into filter and channel, collecting every wrong field before refusing. */
@Component
class SubscriptionRequestValidator {
    private static final int MAX_IDS = ListLimits.SUBSCRIPTION_FILTER;
    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;

    private final WebhookUrlPolicy urlPolicy;
    private final KafkaSender kafka;

    /** Asks the sender, not the properties: it knows whether the site's brokers stand in for unset own ones. */
    public SubscriptionRequestValidator(WebhookUrlPolicy urlPolicy, KafkaSender kafka) {
        this.urlPolicy = urlPolicy;
        this.kafka = kafka;
    }

    public record Valid(SubscriptionFilter filter, Channel channel) {
    }

    /** @param oem the account asking: its Kafka topic is the only one a subscription may name */
    public Valid validate(SubscriptionRequest request, String oem) {
        List<FieldProblem> errors = new ArrayList<>();
        if (request == null) {
            throw NotifyRequestException.invalid(List.of(new FieldProblem("body", "is required")));
        }
        Set<String> parts = ids("partNumbers", request.partNumbers(), errors);
        Set<String> specs = ids("specificationIds", request.specificationIds(), errors);
        Set<String> types = ids("eventTypes", request.eventTypes(), errors);
        int i = 0;
        List<String> eventTypes = request.eventTypes() == null || request.eventTypes().size() > MAX_IDS ? List.of()
                : request.eventTypes();
        for (String type : eventTypes) {
            if (type != null && !NotificationTypes.ALL.contains(type)) {
                errors.add(new FieldProblem("eventTypes[" + i + "]", "is not a notification type; known: " + NotificationTypes.ALL));
            }
            i++;
        }
        Severity severity = Severity.INFO;
        if (request.minimumSeverity() != null) {
            try {
                severity = Severity.valueOf(request.minimumSeverity().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem("minimumSeverity", "must be INFO, WARNING or CRITICAL"));
            }
        }
        List<FieldProblem> topicProblems = new ArrayList<>();
        Channel channel = channel(request.channel(), oem, errors, topicProblems);
        if (!errors.isEmpty()) {
            errors.addAll(topicProblems);
            throw NotifyRequestException.invalid(errors);
        }
        if (!topicProblems.isEmpty()) {
            throw NotifyRequestException.forbidden("topic-not-allowed", topicProblems.get(0).message(), topicProblems);
        }
        return new Valid(new SubscriptionFilter(parts, specs, types, severity), channel);
    }

    /** Checks a new set of webhook secrets: one or two, each whsec_ plus base64 of 24 to 64 bytes. */
    public List<String> secrets(String field, List<String> secrets, List<FieldProblem> errors) {
        if (secrets == null || secrets.isEmpty() || secrets.size() > ListLimits.WEBHOOK_SECRETS) {
            errors.add(new FieldProblem(field, "must hold one or two secrets (two while rotating keys)"));
            return List.of();
        }
        for (int i = 0; i < secrets.size(); i++) {
            try {
                int length = WebhookSignature.key(secrets.get(i)).length;
                if (length < MIN_KEY_BYTES || length > MAX_KEY_BYTES) {
                    errors.add(new FieldProblem(field + "[" + i + "]", "must decode to 24 to 64 bytes"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem(field + "[" + i + "]", "must be whsec_ followed by base64"));
            }
        }
        return secrets;
    }

    private Channel channel(SubscriptionRequest.ChannelRequest channel, String oem, List<FieldProblem> errors,
                            List<FieldProblem> topicProblems) {
        if (channel == null || channel.kind() == null) {
            errors.add(new FieldProblem("channel.kind", "is required: KAFKA or WEBHOOK"));
            return null;
        }
        ChannelKind kind;
        try {
            kind = ChannelKind.valueOf(channel.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("channel.kind", "must be KAFKA or WEBHOOK"));
            return null;
        }
        if (kind == ChannelKind.KAFKA) {
            if (!kafka.configured()) {
                errors.add(new FieldProblem("channel.kind", "KAFKA delivery is not configured on this server"));
            }
            // the server names the topic: an OEM may repeat that name, never choose another (docs/notifications.md)
            String own = kafka.topics().topicOf(oem).orElse(null);
            if (own == null) {
                errors.add(new FieldProblem("channel.kind", "account " + oem
                        + " cannot be part of a Kafka topic name (A-Z a-z 0-9 . _ -); use a webhook"));
            } else if (channel.topic() != null && !channel.topic().equals(own)) {
                topicProblems.add(new FieldProblem("channel.topic", "Kafka notifications of account " + oem + " go to topic "
                        + own + ", which the server names; omit channel.topic or give that name"));
            }
            return Channel.kafka(own);
        }
        if (channel.url() == null || channel.url().isBlank()) {
            errors.add(new FieldProblem("channel.url", "is required for a webhook"));
        } else {
            urlPolicy.refusal(channel.url()).ifPresent(why -> errors.add(new FieldProblem("channel.url", why)));
        }
        return Channel.webhook(channel.url(), secrets("channel.secrets", channel.secrets(), errors));
    }

    static Set<String> ids(String field, List<String> values, List<FieldProblem> errors) {
        Set<String> ids = new LinkedHashSet<>();
        if (values == null) {
            return ids;
        }
        if (values.size() > MAX_IDS) {
            errors.add(new FieldProblem(field, "must hold at most " + MAX_IDS + " items (has " + values.size() + ")"));
            return ids;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank() || value.length() > TextLimits.ID) {
                errors.add(new FieldProblem(field + "[" + i + "]", "must be a non-blank identifier of at most " + TextLimits.ID
                        + " characters"));
            } else {
                ids.add(value.trim());
            }
        }
        return ids;
    }
}
