package org.specloop.contracts.change;

import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record ChangeEvidenceRecorded(String changeId, String itemId, String evidenceReference, int received, int required, String recordedBy) {
}
