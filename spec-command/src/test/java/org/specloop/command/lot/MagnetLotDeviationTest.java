package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;
import static org.specloop.command.lot.MagnetLotDispositionTest.FAILED;
import static org.specloop.command.lot.MagnetLotDispositionTest.PASSED;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.ApproveLotDeviation;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotDeviationApproved;
import org.specloop.contracts.lot.LotDeviationRejected;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.RejectLotDeviation;
import org.specloop.contracts.lot.ReleaseLot;
import org.specloop.contracts.lot.RequestLotDeviation;
import org.specloop.contracts.lot.Verdict;

/** Material review: a lot that does not conform leaves hold only through a deviation a second person signs. */
class MagnetLotDeviationTest {
    private static final String ALICE = "qe.alice";
    private static final String BOB = "qe.bob";
    private static final String DEV = "DEV-1";
    private static final String WHY = "HcJ 2 % low; rotor runs at 120 degC, margin confirmed by motor test";
    private static final LotHeld NONCONFORMANCE_HOLD = new LotHeld(LOT, HoldCategory.NONCONFORMANCE, "HcJ low",
            MagnetLot.CONFORMANCE_ACTOR, NOW);
    private FixtureConfiguration<MagnetLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    private static RequestLotDeviation request(DeviationDisposition disposition) {
        return new RequestLotDeviation(LOT, DEV, disposition, WHY, ALICE);
    }

    private static LotDeviationRequested requested(DeviationDisposition disposition) {
        return new LotDeviationRequested(LOT, DEV, disposition, WHY, ALICE, Verdict.FAIL, SPEC, 1, NOW);
    }

    private static ApproveLotDeviation signedBy(String approver) {
        return new ApproveLotDeviation(LOT, DEV, approver, "MRB agrees", SignatureMeaning.APPROVED);
    }

    private static LotDeviationApproved approved(DeviationDisposition disposition) {
        return new LotDeviationApproved(LOT, DEV, disposition, BOB, "MRB agrees", SignatureMeaning.APPROVED, NOW);
    }

    private static String why(DeviationDisposition disposition) {
        return "deviation " + DEV + " (" + disposition + ") signed by " + BOB + ": " + WHY;
    }

    @Test
    void aQualityEngineerAsksForADeviationOnAFailedLot() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD)
                .when(request(DeviationDisposition.USE_AS_IS))
                .expectEvents(requested(DeviationDisposition.USE_AS_IS));
    }

    @Test
    void aDeviationOnALotNeverEvaluatedRecordsThatThereWasNoVerdict() {
        fixture.given(received())
                .when(request(DeviationDisposition.USE_AS_IS))
                .expectEvents(new LotDeviationRequested(LOT, DEV, DeviationDisposition.USE_AS_IS, WHY, ALICE, null, null, null, NOW));
    }

    @Test
    void aConformingLotNeedsNoDeviation() {
        fixture.given(received(), PASSED, new LotReleased(LOT, "conforms", MagnetLot.CONFORMANCE_ACTOR, NOW))
                .when(request(DeviationDisposition.USE_AS_IS))
                .expectException(violates("lot-conforms"));
    }

    @Test
    void aDeviationNeedsAReasonAndADisposition() {
        fixture.given(received(), FAILED)
                .when(new RequestLotDeviation(LOT, DEV, DeviationDisposition.SCRAP, " ", ALICE))
                .expectException(violates("reason-required"));
        fixture.given(received(), FAILED)
                .when(new RequestLotDeviation(LOT, DEV, null, WHY, ALICE))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void onlyOneDeviationWaitsForASignatureAtATime() {
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(new RequestLotDeviation(LOT, "DEV-2", DeviationDisposition.SCRAP, "cracks found", ALICE))
                .expectException(violates("deviation-open"));
    }

    @Test
    void aRetriedRequestChangesNothingButAnotherWithTheSameIdIsRefused() {
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(request(DeviationDisposition.USE_AS_IS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(request(DeviationDisposition.SCRAP))
                .expectException(violates("deviation-exists"));
    }

    @Test
    void theRequesterCannotSignTheirOwnDeviation() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS))
                .when(signedBy(ALICE))
                .expectException(violates("four-eyes"))
                .expectNoEvents();
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS))
                .when(signedBy(" QE.Alice "))
                .expectException(violates("four-eyes"));
    }

    @Test
    void aSignatureNeedsAReasonAPersonAndTheMeaningApproved() {
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(new ApproveLotDeviation(LOT, DEV, BOB, "", SignatureMeaning.APPROVED))
                .expectException(violates("reason-required"));
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(new ApproveLotDeviation(LOT, DEV, BOB, "ok", SignatureMeaning.REVIEWED))
                .expectException(violates("signature-meaning-mismatch"));
        fixture.given(received(), FAILED, requested(DeviationDisposition.USE_AS_IS))
                .when(new ApproveLotDeviation(LOT, DEV, "loop:drift", "ok", SignatureMeaning.APPROVED))
                .expectException(violates("human-signature-required"));
    }

    @Test
    void aSignedUseAsIsLiftsTheHoldsAndReleasesTheLotWithTheDeviation() {
        LotHeld manual = new LotHeld(LOT, HoldCategory.MANUAL, "check certificates", ALICE, NOW);
        String why = why(DeviationDisposition.USE_AS_IS);
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, manual, requested(DeviationDisposition.USE_AS_IS))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.USE_AS_IS),
                        new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, why, BOB),
                        new LotHoldLifted(LOT, HoldCategory.MANUAL, why, BOB),
                        new LotReleased(LOT, why, BOB, NOW, DEV));
    }

    @Test
    void aSignedUseAsIsReleasesALotThatWasNeverMeasured() {
        fixture.given(received(), new LotDeviationRequested(LOT, DEV, DeviationDisposition.USE_AS_IS, WHY, ALICE, null, null, null, NOW))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.USE_AS_IS),
                        new LotReleased(LOT, why(DeviationDisposition.USE_AS_IS), BOB, NOW, DEV));
    }

    @Test
    void aSignedUseAsIsLeavesASourcingHoldInPlaceAndLiftingItLaterReleasesTheLot() {
        LotHeld sourcing = new LotHeld(LOT, HoldCategory.SOURCE_CHANGE, "alloy maker changed", "system:sourcing", NOW);
        String why = why(DeviationDisposition.USE_AS_IS);
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, sourcing, requested(DeviationDisposition.USE_AS_IS))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.USE_AS_IS),
                        new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, why, BOB));
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, sourcing, requested(DeviationDisposition.USE_AS_IS),
                        approved(DeviationDisposition.USE_AS_IS), new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, why, BOB))
                .when(new org.specloop.contracts.lot.LiftSourcingHold(LOT, HoldCategory.SOURCE_CHANGE, "requalified", "system:sourcing"))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.SOURCE_CHANGE, "requalified", "system:sourcing"),
                        new LotReleased(LOT, "requalified", "system:sourcing", NOW, DEV));
    }

    @Test
    void aNewFailingEvaluationAfterUseAsIsHoldsTheLotAgain() {
        String why = why(DeviationDisposition.USE_AS_IS);
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS),
                        approved(DeviationDisposition.USE_AS_IS), new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, why, BOB),
                        new LotReleased(LOT, why, BOB, NOW, DEV),
                        new LotConformanceEvaluated(LOT, SPEC, 2, java.util.List.of(), Verdict.FAIL, "revision-effective", NOW),
                        new LotHeld(LOT, HoldCategory.NONCONFORMANCE, "HcJ low against revision 2", MagnetLot.CONFORMANCE_ACTOR, NOW))
                .when(new ReleaseLot(LOT, "the deviation covers it", ALICE))
                .expectException(violates("lot-not-conforming"));
    }

    @Test
    void aSignedReworkKeepsTheLotHeldUntilNewMeasurementsConform() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.REWORK))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.REWORK));
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.REWORK),
                        approved(DeviationDisposition.REWORK), hcjMeasured("M-9", "S1", 1650.0))
                .when(new EvaluateLotConformance(LOT, SPEC, 1, LIMITS, "measurement-recorded"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.instanceOf(LotConformanceEvaluated.class),
                                Matchers.equalTo(new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE,
                                        "conforms to " + SPEC + " revision 1", MagnetLot.CONFORMANCE_ACTOR)),
                                Matchers.equalTo(new LotReleased(LOT, "conforms to " + SPEC + " revision 1",
                                        MagnetLot.CONFORMANCE_ACTOR, NOW)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aSignedReworkOfALotNeverMeasuredHoldsIt() {
        fixture.given(received(), new LotDeviationRequested(LOT, DEV, DeviationDisposition.REWORK, WHY, ALICE, null, null, null, NOW))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.REWORK),
                        new LotHeld(LOT, HoldCategory.NONCONFORMANCE,
                                why(DeviationDisposition.REWORK) + "; held until new measurements conform", BOB, NOW));
    }

    @Test
    void aSignedScrapRejectsTheLot() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.SCRAP))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.SCRAP),
                        new LotRejected(LOT, why(DeviationDisposition.SCRAP), BOB, NOW, DEV));
    }

    @Test
    void aSignedReturnToSupplierRejectsTheLot() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.RETURN_TO_SUPPLIER))
                .when(signedBy(BOB))
                .expectEvents(approved(DeviationDisposition.RETURN_TO_SUPPLIER),
                        new LotRejected(LOT, why(DeviationDisposition.RETURN_TO_SUPPLIER), BOB, NOW, DEV));
    }

    @Test
    void aDeviationIsSignedOnce() {
        fixture.given(received(), FAILED, requested(DeviationDisposition.SCRAP), approved(DeviationDisposition.SCRAP),
                        new LotRejected(LOT, why(DeviationDisposition.SCRAP), BOB, NOW, DEV))
                .when(signedBy("qe.carol"))
                .expectException(violates("deviation-not-open"));
        fixture.given(received(), FAILED)
                .when(signedBy(BOB))
                .expectException(violates("deviation-not-found"));
    }

    @Test
    void aRejectedDeviationChangesNothingOnTheLotAndAnotherCanBeAsked() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS))
                .when(new RejectLotDeviation(LOT, DEV, BOB, "motor margin not shown"))
                .expectEvents(new LotDeviationRejected(LOT, DEV, BOB, "motor margin not shown", NOW));
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS),
                        new LotDeviationRejected(LOT, DEV, BOB, "motor margin not shown", NOW))
                .when(new RequestLotDeviation(LOT, "DEV-2", DeviationDisposition.RETURN_TO_SUPPLIER, "supplier to replace", ALICE))
                .expectEvents(new LotDeviationRequested(LOT, "DEV-2", DeviationDisposition.RETURN_TO_SUPPLIER,
                        "supplier to replace", ALICE, Verdict.FAIL, SPEC, 1, NOW));
    }

    @Test
    void aDeviationCannotBeSignedOnceTheLotConforms() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, requested(DeviationDisposition.USE_AS_IS), PASSED,
                        new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, "conforms", MagnetLot.CONFORMANCE_ACTOR),
                        new LotReleased(LOT, "conforms", MagnetLot.CONFORMANCE_ACTOR, NOW))
                .when(signedBy(BOB))
                .expectException(violates("lot-conforms"));
    }
}
