package org.specloop.contracts.qualification;

import java.util.List;

/**
 * AS9102 Form 1 (part number accountability) of a source change's first article.
 *
 * @param lots             serial/lot numbers: the lots of the new chain the first articles come from
 * @param organisation     the organisation that made the part: the magnet maker of the new chain
 * @param supplierCode     the supplier the lots were received from
 * @param detailOrAssembly DETAIL for a magnet (a single part), ASSEMBLY otherwise
 * @param scope            FULL or PARTIAL FAI
 * @param reason           why the FAI is done: the change of manufacturing source, tier by tier
 * @param nonconformances  field 19: does the record include documented nonconformances
 * @param complete         field 20: every characteristic has a result
 */
public record PartAccountability(String partNumber, String partName, List<String> lots, String specificationId,
                                 int revision, String organisation, String supplierCode, String detailOrAssembly,
                                 String scope, String reason, boolean nonconformances, boolean complete) {

    public PartAccountability {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }
}
