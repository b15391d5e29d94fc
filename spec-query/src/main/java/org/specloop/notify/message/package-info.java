/**
 * What a notification says (type, subject, severity, data) before it meets a subscription: the one
 * vocabulary that event, outbox, subscription, delivery and http share, kept apart so that they
 * depend on it rather than on each other in a circle.
 */
package org.specloop.notify.message;
