package org.specloop.contracts.change;

/** A quality engineer rejects the change with a reason. */
public record RejectEngineeringChange(String changeId, String rejector, String reason) {
}
