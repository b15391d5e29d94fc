package org.specloop.loop.policy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.HoldLot;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

class LotHoldsTest {
    private final CommandGateway commands = mock(CommandGateway.class);
    private final LotHolds holds = new LotHolds(commands);

    @AfterEach
    void stop() {
        holds.destroy();
    }

    @Test
    void theLotsOfADriftChangeAreHeldSeveralAtATimeAndARefusalStopsNoneOfTheOthers() {
        List<String> lots = IntStream.rangeClosed(1, 40).mapToObj(n -> "LOT-" + n).toList();
        Set<String> held = ConcurrentHashMap.newKeySet();
        CountDownLatch together = new CountDownLatch(LotHolds.THREADS);
        doAnswer(call -> {
            HoldLot hold = (HoldLot) ((CommandMessage<?>) call.getArgument(0)).getPayload();
            together.countDown();
            // one after the other, the first hold would wait here for holds never sent
            assertThat(together.await(5, TimeUnit.SECONDS)).as("holds in flight together").isTrue();
            if (hold.lotId().equals("LOT-7")) {
                throw new IllegalStateException("lot LOT-7 is rejected");
            }
            assertThat(hold.reason()).isEqualTo("held for EC-1");
            assertThat(hold.actor()).isEqualTo(LoopActors.SPC);
            held.add(hold.lotId());
            return null;
        }).when(commands).sendAndWait(any());

        holds.holdAll(lots, "held for EC-1");

        assertThat(held).hasSize(39).doesNotContain("LOT-7");
    }
}
