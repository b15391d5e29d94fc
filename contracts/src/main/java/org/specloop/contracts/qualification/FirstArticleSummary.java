package org.specloop.contracts.qualification;

/** What an approval signed of the first article: which issue of which report, and how it stood. */
public record FirstArticleSummary(String reportNumber, int issue, FirstArticleVerdict verdict, int accepted,
                                  int rejected, int missing) {

    public static FirstArticleSummary of(FirstArticleRecord record, int issue) {
        return new FirstArticleSummary(record.reportNumber(), issue, record.verdict(),
                (int) record.count(CharacteristicVerdict.ACCEPTED), (int) record.count(CharacteristicVerdict.REJECTED),
                (int) record.count(CharacteristicVerdict.MISSING));
    }
}
