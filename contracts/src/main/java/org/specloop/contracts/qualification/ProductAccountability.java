package org.specloop.contracts.qualification;

/**
 * One line of AS9102 Form 2 (product accountability): a material, a special process or a functional test.
 *
 * @param name                 material or process name, or the functional test
 * @param specification        the specification it is bought or run to
 * @param code                 the material or process code (the chain tier for materials)
 * @param supplierCode         who supplied the material or ran the process
 * @param customerApproval     YES: the supplier is qualified for the spec at that tier; NO: it is not (this
 *                             change is what would qualify it); N/A: the spec restricts no source at the tier
 * @param certificate          certificates of conformance: the supplier's valid registry certificates, or the test's report
 * @param acceptanceReport     functional tests: the acceptance report (the rig run); null otherwise
 */
public record ProductAccountability(ProductAccountabilityKind kind, String name, String specification, String code,
                                    String supplierCode, String customerApproval, String certificate,
                                    String acceptanceReport) {
}
