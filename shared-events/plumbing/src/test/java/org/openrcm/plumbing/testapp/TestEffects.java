package org.openrcm.plumbing.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.EventEnvelope;
import org.openrcm.events.payments.PaymentPosted;

import io.agroal.api.AgroalDataSource;

/** The test consumer's business effect: a row per event, then whatever fault the test arranged. */
@ApplicationScoped
public class TestEffects {

    private final AgroalDataSource dataSource;
    private final Faults faults;

    TestEffects(AgroalDataSource dataSource, Faults faults) {
        this.dataSource = dataSource;
        this.faults = faults;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, PaymentPosted event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO test_effect (event_id, tenant_id, claim_id) VALUES (?, ?, ?)")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, event.tenantId());
            insert.setString(3, event.claimId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        faults.afterEffect(event.claimId());
    }

    /** How many effects were committed for the claim. */
    public int count(String claimId) {
        return (int) Sql.count(dataSource, "SELECT count(*) FROM test_effect WHERE claim_id = ?", claimId);
    }

    /** How many inbox rows the event left (the inbox row and the effect commit together or not at all). */
    public int inboxRows(String eventId) {
        return (int) Sql.count(dataSource, "SELECT count(*) FROM inbox WHERE event_id = ?::uuid", eventId);
    }
}
