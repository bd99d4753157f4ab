package org.openrcm.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventEnvelope;
import org.openrcm.events.payments.PaymentPosted;
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
    @Inject
    CommittedAppends committed;

    /** What the relay is told after each commit. */
    @Singleton
    static class CommittedAppends {
        final List<String> types = new CopyOnWriteArrayList<>();

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
            types.add(appended.eventType());
        }
    }

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

    @Test
    void appendAllWritesEveryEventInListOrderWithTheTransactionAndSignalsTheRelayOncePerType() {
        String claim = "claim-" + UUID.randomUUID();
        List<PaymentPosted> events = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            events.add(TestEvents.payment(claim));
        }
        committed.types.clear();

        List<EventEnvelope> envelopes = QuarkusTransaction.requiringNew().call(() -> writer.appendAll(events));

        assertThat(envelopes).hasSize(250);
        assertThat(envelopes).extracting(EventEnvelope::subject).containsOnly(claim);
        assertThat(eventIdsInOutboxOrder(claim)).containsExactlyElementsOf(
                envelopes.stream().map(EventEnvelope::id).toList());
        assertThat(committed.types).containsExactly("org.openrcm.payments.PaymentPosted.v1");
    }

    @Test
    void appendAllWritesNoneOfTheEventsWhenOneBreaksItsSchema() {
        String claim = "claim-" + UUID.randomUUID();
        List<PaymentPosted> events = List.of(TestEvents.payment(claim),
                TestEvents.payment(TestEvents.TENANT, claim, "XX"), TestEvents.payment(claim));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> writer.appendAll(events)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("claimStatusCode");

        assertThat(outboxRows(claim)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoneOfItsAppendedEventsAndDoesNotSignalTheRelay() {
        String claim = "claim-" + UUID.randomUUID();
        committed.types.clear();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writer.appendAll(List.of(TestEvents.payment(claim), TestEvents.payment(claim)));
            throw new IllegalStateException("the state change failed after its events were appended");
        })).hasMessageContaining("the state change failed");

        assertThat(outboxRows(claim)).isZero();
        assertThat(committed.types).isEmpty();
    }

    private List<UUID> eventIdsInOutboxOrder(String aggregateId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT event_id FROM outbox WHERE aggregate_id = ? ORDER BY seq")) {
            select.setString(1, aggregateId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long outboxRows(String aggregateId) {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox WHERE aggregate_id = ?", aggregateId);
    }
}
