package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.source.SupplySourceRelocated;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.*;

/**
 * The registry's sequence and a part's sequence run side by side, so a receipt may be handled before or after a
 * registry event stored on its other side. Whichever runs first, the lot ends as the store order says: judged
 * against the registry as it was at its receipt.
 */
class RegistryOrderTest {
    private final CommandGateway commands = mock(CommandGateway.class);
    private SourcingGroup group;

    @BeforeEach
    void setUp() {
        var jdbc = PolicyDatabase.fresh();
        group = new SourcingGroup(new SourcingTables(jdbc, PolicyDatabase.json()), new EvidenceTables(jdbc, PolicyDatabase.json()),
                commands, SourcingProperties.withoutCertificates("HOLD", false), NOW);
        register(group);
        group.on(effective());
        clearInvocations(commands);
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }

    private List<HoldLotForSourcing> holds() {
        return sent().stream().filter(HoldLotForSourcing.class::isInstance).map(HoldLotForSourcing.class::cast).toList();
    }

    /** Stored: receipt (declaring MY), then the move to VN; handled: the move first. */
    @Test
    void aRelocationStoredAfterAReceiptDoesNotHoldItEvenWhenHandledFirst() {
        group.relocatedAt(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved"), 7L, 200);

        group.receivedAt(received("LOT-1", Chains.chainA(), JUNE_2026), 100);

        assertThat(holds()).isEmpty();
    }

    /** Stored: the move to VN, then a receipt still declaring MY; handled: the receipt first, then the note. */
    @Test
    void aRelocationStoredBeforeAReceiptHoldsItWhenItsNoteArrivesAfterTheReceipt() {
        group.receivedAt(received("LOT-1", Chains.chainA(), JUNE_2026), 200);
        assertThat(holds()).isEmpty();

        group.relocatedAt(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved"), 7L, 100);

        assertThat(holds()).singleElement().satisfies(hold -> {
            assertThat(hold.lotId()).isEqualTo("LOT-1");
            assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
            assertThat(hold.reason()).contains("declared chain contradicts the source registry", "SEP-A",
                    "relocation of SEP-A to VN");
        });
    }

    /** Stored: a lot declaring VN while the registry still says MY, then the move; handled in store order. */
    @Test
    void aRelocationThatMakesAHeldDeclarationTrueFreesTheLot() {
        group.receivedAt(received("LOT-1", Chains.chainAWithSeparator("SEP-A", "VN"), JUNE_2026), 100);
        HoldLotForSourcing held = holds().get(0);
        group.on(new LotHeld("LOT-1", held.category(), held.reason(), ACTOR, JUNE_2026));
        clearInvocations(commands);

        group.relocatedAt(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved"), 7L, 200);

        assertThat(sent()).filteredOn(LiftSourcingHold.class::isInstance).singleElement()
                .isInstanceOfSatisfying(LiftSourcingHold.class, lift -> {
                    assertThat(lift.lotId()).isEqualTo("LOT-1");
                    assertThat(lift.category()).isEqualTo(HoldCategory.SOURCING_RULE);
                });
    }

    /** A lot stored before the move is not held by it, whichever sequence ran first. */
    @Test
    void aLotReceivedBeforeTheRelocationIsNotHeldByItsNote() {
        group.receivedAt(received("LOT-1", Chains.chainA(), JUNE_2026), 100);

        group.relocatedAt(new SupplySourceRelocated("SEP-A", "MY", "VN", "plant moved"), 7L, 200);

        assertThat(holds()).isEmpty();
    }
}
