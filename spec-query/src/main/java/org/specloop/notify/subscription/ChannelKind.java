package org.specloop.notify.subscription;

public enum ChannelKind {
    KAFKA,
    WEBHOOK
}
