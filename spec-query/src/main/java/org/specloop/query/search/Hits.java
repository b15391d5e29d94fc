package org.specloop.query.search;

import java.util.List;

/** At most {@link SiteSearch#PER_KIND} things of one kind, and how many matched in all. */
public record Hits<T>(List<T> items, long total) {
    /** Whether more matched than are listed. */
    public boolean more() {
        return total > items.size();
    }
}
