package org.specloop.contracts.qualification;

import java.util.List;

/**
 * An AS9102-structured first article inspection record of a source change: Form 1 (part), Form 2
 * (materials, special processes, functional tests), Form 3 (characteristics against the revision's limits).
 */
public record FirstArticleRecord(String reportNumber, PartAccountability part, List<ProductAccountability> product,
                                 List<CharacteristicAccountability> characteristics, FirstArticleVerdict verdict) {

    public FirstArticleRecord {
        product = product == null ? List.of() : List.copyOf(product);
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
    }

    public long count(CharacteristicVerdict verdict) {
        return characteristics.stream().filter(c -> c.verdict() == verdict).count();
    }
}
