/**
 * OEM change notifications, a bounded part of this module: nothing here depends on the query side
 * or the UI, and nothing there depends on this (ReadSideArchitectureTest). A notification reads
 * straight down the sub-packages: event (domain events become notifications, with the facts they
 * need kept in tables of their own) -> outbox (matched to subscriptions, rendered as CloudEvents,
 * stored) -> delivery (Kafka or signed webhooks, with retries); subscription and http beside, and
 * message the vocabulary they all share. This package itself holds the wiring, the properties and
 * WebhookSignature, which OEMs may copy.
 */
package org.specloop.notify;
