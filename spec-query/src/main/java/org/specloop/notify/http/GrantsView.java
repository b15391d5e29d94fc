package org.specloop.notify.http;

import org.specloop.notify.grant.Grant;
import org.specloop.notify.grant.GrantKind;

import java.time.Instant;
import java.util.List;

/** What one OEM account may follow, with who granted each item, when and why. */
record GrantsView(String oem, List<String> partNumbers, List<String> specificationIds, List<Item> grants) {

    record Item(String kind, String id, String grantedBy, Instant grantedAt, String reason) {
    }

    static GrantsView of(String oem, List<Grant> grants) {
        return new GrantsView(oem,
                grants.stream().filter(g -> g.kind() == GrantKind.PART).map(Grant::itemId).toList(),
                grants.stream().filter(g -> g.kind() == GrantKind.SPECIFICATION).map(Grant::itemId).toList(),
                grants.stream().map(g -> new Item(g.kind().name(), g.itemId(), g.grantedBy(), g.grantedAt(), g.reason())).toList());
    }
}
