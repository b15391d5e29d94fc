package org.specloop.query.notify.subscription;

public enum ChannelKind {
    KAFKA,
    WEBHOOK
}
