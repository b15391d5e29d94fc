package org.specloop.contracts.change;

/** A quality engineer rejects the change with a reason; publicReason as in {@link ApproveEngineeringChange}. */
public record RejectEngineeringChange(String changeId, String rejector, String reason, String publicReason) {
    public RejectEngineeringChange(String changeId, String rejector, String reason) {
        this(changeId, rejector, reason, null);
    }
}
