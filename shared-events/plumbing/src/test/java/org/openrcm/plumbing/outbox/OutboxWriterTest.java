package org.openrcm.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openrcm.plumbing.testapp.Sql;
import org.openrcm.plumbing.testapp.TestEvents;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxWriterTest {

    @Inject
    OutboxWriter writer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventBreakingItsSchemaFailsTheTransactionThatWroteItAndNeverReachesTheOutbox() {
        String claim = "claim-" + UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> writer.append(
                TestEvents.payment(TestEvents.TENANT, claim, "XX"))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("org.openrcm.payments.PaymentPosted.v1")
                .hasMessageContaining("claimStatusCode");

        assertThat(outboxRows(claim)).isZero();
    }

    @Test
    void aValidEventIsWrittenWithTheTransaction() {
        String claim = "claim-" + UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> writer.append(TestEvents.payment(claim)));

        assertThat(outboxRows(claim)).isEqualTo(1L);
    }

    private long outboxRows(String aggregateId) {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox WHERE aggregate_id = ?", aggregateId);
    }
}
