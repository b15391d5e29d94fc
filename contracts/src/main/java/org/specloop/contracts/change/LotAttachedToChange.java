package org.specloop.contracts.change;

import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record LotAttachedToChange(String changeId, String lotId) {
}
