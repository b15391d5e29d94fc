package org.specloop.command.lot.policy;

import java.util.List;
import org.specloop.contracts.specification.CharacteristicLimit;

/** The revision lots of a part number are currently evaluated against. */
record PartRevision(String specificationId, int revision, List<CharacteristicLimit> limits) {
}
