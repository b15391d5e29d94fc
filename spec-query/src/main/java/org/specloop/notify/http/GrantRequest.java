package org.specloop.notify.http;

import java.util.List;

/**
 * Body of POST /api/admin/oem-grants/{oem} (grant) and .../revocation (revoke): the part numbers and
 * specification ids concerned, and why; the reason is kept in the audit history.
 */
record GrantRequest(List<String> partNumbers, List<String> specificationIds, String reason) {
}
