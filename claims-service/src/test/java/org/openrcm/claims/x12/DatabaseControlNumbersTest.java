package org.openrcm.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabaseControlNumbersTest {

    @Inject
    DatabaseControlNumbers controlNumbers;

    @Test
    void concurrentTransactionsNeverGetTheSameNumberForAPair() throws Exception {
        String sender = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Long>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Callable<Long> next = () -> QuarkusTransaction.requiringNew()
                        .call(() -> controlNumbers.nextInterchange(sender, "RECEIVER"));
                taken.add(threads.submit(next));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> number : taken) {
                numbers.add(number.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
            assertThat(numbers).allMatch(number -> number >= 1 && number <= 40);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void groupsAndInterchangesAndPairsCountSeparatelyAndARolledBackNumberWasNeverUsed() {
        String sender = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(QuarkusTransaction.requiringNew().call(() -> controlNumbers.nextInterchange(sender, "R1")))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> controlNumbers.nextGroup(sender, "R1"))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> controlNumbers.nextInterchange(sender, "R2")))
                .isEqualTo(1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            controlNumbers.nextInterchange(sender, "R1");
            throw new IllegalStateException("the file was never written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> controlNumbers.nextInterchange(sender, "R1")))
                .isEqualTo(2);
    }

    @Test
    void aNumberIsOnlyTakenInsideTheTransactionThatUsesIt() {
        assertThatThrownBy(() -> controlNumbers.nextInterchange("S", "R"))
                .hasMessageContaining("Transaction");
    }
}
