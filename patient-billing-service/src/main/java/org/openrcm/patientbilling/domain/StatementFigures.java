package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a statement: balanceDue = previousBalance + newCharges - paymentsReceived, where the new charges
 * and payments are the account's items since its last statement (payments net of adjustments and refunds), and
 * claimCount the claims those charges are for.
 */
public record StatementFigures(BigDecimal previousBalance, BigDecimal newCharges, BigDecimal paymentsReceived,
        BigDecimal balanceDue, int claimCount) {

    public static StatementFigures of(BigDecimal previousBalance, List<AccountItem> unbilledItems) {
        BigDecimal charges = sum(unbilledItems, ItemKind.CHARGE);
        // "Payments and adjustments", as statements print it: write-offs lower it, refunds of a credit raise it back.
        BigDecimal payments = sum(unbilledItems, ItemKind.PAYMENT).add(sum(unbilledItems, ItemKind.ADJUSTMENT))
                .subtract(sum(unbilledItems, ItemKind.REFUND));
        int claims = (int) unbilledItems.stream().filter(item -> item.kind() == ItemKind.CHARGE)
                .map(AccountItem::claimId).filter(Objects::nonNull).distinct().count();
        return new StatementFigures(previousBalance, charges, payments,
                previousBalance.add(charges).subtract(payments), claims);
    }

    private static BigDecimal sum(List<AccountItem> items, ItemKind kind) {
        return items.stream().filter(item -> item.kind() == kind).map(AccountItem::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
