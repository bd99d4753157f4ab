package org.openrcm.claims.x12;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.x12.ControlNumbers;

import io.agroal.api.AgroalDataSource;

/**
 * ISA13 and GS06 per sender/receiver pair, kept in {@code x12_control_number}. The increment takes the pair's row
 * lock until the caller's transaction ends, so two instances never hand out the same number; a number taken by a
 * transaction that rolls back was never sent and is handed out again, one that commits never is.
 */
@ApplicationScoped
public class DatabaseControlNumbers implements ControlNumbers {

    /** ISA13 and GS06 are at most nine digits. */
    static final long MAX = 999_999_999L;

    private static final String NEXT = "INSERT INTO x12_control_number (sender_id, receiver_id, kind, last_value)"
            + " VALUES (?, ?, ?, 1) ON CONFLICT (sender_id, receiver_id, kind)"
            + " DO UPDATE SET last_value = x12_control_number.last_value + 1 RETURNING last_value";

    private final AgroalDataSource dataSource;

    DatabaseControlNumbers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextInterchange(String senderId, String receiverId) {
        return next(senderId, receiverId, "ISA");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextGroup(String senderId, String receiverId) {
        return next(senderId, receiverId, "GS");
    }

    private long next(String senderId, String receiverId, String kind) {
        // Within a JTA transaction Agroal hands out the connection already enlisted in it.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setString(1, senderId);
            next.setString(2, receiverId);
            next.setString(3, kind);
            try (ResultSet result = next.executeQuery()) {
                result.next();
                long value = result.getLong(1);
                if (value > MAX) {
                    // Wrapping around would reuse a number the clearinghouse has seen: an operator must decide.
                    throw new IllegalStateException(kind + " control numbers from " + senderId + " to " + receiverId
                            + " are exhausted");
                }
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the next " + kind + " control number", e);
        }
    }
}
