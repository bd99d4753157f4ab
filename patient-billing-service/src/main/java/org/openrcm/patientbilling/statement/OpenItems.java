package org.openrcm.patientbilling.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.ClaimSummary;
import org.openrcm.patientbilling.domain.ItemKind;
import org.openrcm.patientbilling.domain.Money;

/**
 * An account's balance broken down by claim. A payment towards a claim pays that claim; payments for the account as a
 * whole, adjustments, and the excess of a claim whose share was lowered after it was paid, pay the oldest claims
 * first; what is left over is the account's credit (applied to the next charge, or refunded). So
 * {@code sum(open) - credit == balance} always.
 */
public record OpenItems(List<OpenItem> items, BigDecimal credit) {

    public static final OpenItems NONE = new OpenItems(List.of(), Money.ZERO);

    /** The open items of an account no statement billed yet. */
    public static OpenItems of(List<AccountItem> accountItems, Map<String, ClaimSummary> claims, ZoneId zone) {
        return of(null, accountItems, claims, Map.of(), zone);
    }

    /**
     * The open items of {@code patientId}'s account; {@code statementDates} holds the date of every statement that
     * billed one of {@code accountItems} (aging counts from the first statement that billed a claim).
     */
    public static OpenItems of(String patientId, List<AccountItem> accountItems, Map<String, ClaimSummary> claims,
            Map<UUID, LocalDate> statementDates, ZoneId zone) {
        Map<String, Builder> byClaim = new LinkedHashMap<>();
        for (AccountItem item : accountItems) {
            if (item.kind() == ItemKind.CHARGE && item.claimId() != null) {
                byClaim.computeIfAbsent(item.claimId(), id -> new Builder(patientId, id, claims.get(id)))
                        .charge(item, statementDates, zone);
            }
        }
        BigDecimal pool = Money.ZERO;
        for (AccountItem item : accountItems) {
            switch (item.kind()) {
                case CHARGE -> {
                    if (item.claimId() == null) {
                        pool = pool.subtract(item.amount());
                    }
                }
                case PAYMENT -> {
                    Builder claim = item.claimId() == null ? null : byClaim.get(item.claimId());
                    if (claim != null) {
                        claim.paid = claim.paid.add(item.amount());
                    } else {
                        pool = pool.add(item.amount());
                    }
                }
                case ADJUSTMENT -> pool = pool.add(item.amount());
                case REFUND -> pool = pool.subtract(item.amount());
            }
        }
        List<OpenItem> open = new ArrayList<>();
        // the oldest debt is paid first, whenever its statement went out
        List<Builder> oldestFirst = new ArrayList<>(byClaim.values());
        oldestFirst.sort(Comparator.comparing((Builder claim) -> claim.owedSince).thenComparing(claim -> claim.claimId));
        for (Builder claim : oldestFirst) {
            OpenItem built = claim.build();
            if (built.open().signum() < 0) {
                // paid more than the claim now asks: the excess pays other claims
                pool = pool.add(built.open().negate());
                built = built.withPayment(built.open());
            }
            open.add(built);
        }
        for (int i = 0; i < open.size() && pool.signum() > 0; i++) {
            BigDecimal applied = pool.min(open.get(i).open());
            if (applied.signum() > 0) {
                open.set(i, open.get(i).withPayment(applied));
                pool = pool.subtract(applied);
            }
        }
        return new OpenItems(open.stream().filter(item -> item.open().signum() != 0).toList(), pool);
    }

    /** The items of several accounts on one statement (one guarantor's), patient by patient; credits add up. */
    public OpenItems plus(OpenItems other) {
        List<OpenItem> both = new ArrayList<>(items);
        both.addAll(other.items);
        return new OpenItems(List.copyOf(both), credit.add(other.credit));
    }

    public BigDecimal totalOpen() {
        return items.stream().map(OpenItem::open).reduce(Money.ZERO, BigDecimal::add);
    }

    /** How many days the oldest item still open is old on {@code today}; empty when nothing is open. */
    public Optional<Long> oldestAgeDays(LocalDate today) {
        return items.stream().filter(item -> item.open().signum() > 0).map(OpenItem::since)
                .min(Comparator.naturalOrder()).map(since -> ChronoUnit.DAYS.between(since, today));
    }

    private static final class Builder {
        private final String patientId;
        private final String claimId;
        private final ClaimSummary claim;
        private BigDecimal owes = Money.ZERO;
        private BigDecimal paid = Money.ZERO;
        private BigDecimal charged;
        private BigDecimal insurancePaid;
        private LocalDate dateOfService;
        private String payer;
        private LocalDate owedSince;
        private LocalDate firstStatement;

        Builder(String patientId, String claimId, ClaimSummary claim) {
            this.patientId = patientId;
            this.claimId = claimId;
            this.claim = claim;
        }

        void charge(AccountItem item, Map<UUID, LocalDate> statementDates, ZoneId zone) {
            owes = owes.add(item.amount());
            // the latest adjudication tells what the claim was charged and what insurance paid in all
            charged = item.chargeAmount() != null ? item.chargeAmount() : charged;
            insurancePaid = item.insurancePaid() != null ? item.insurancePaid() : insurancePaid;
            dateOfService = item.dateOfService() != null ? item.dateOfService() : dateOfService;
            payer = item.payerId() != null ? item.payerId() : payer;
            owedSince = earlier(owedSince, LocalDate.ofInstant(item.occurredAt(), zone));
            LocalDate billed = item.statementId() == null ? null : statementDates.get(item.statementId());
            firstStatement = billed == null ? firstStatement : earlier(firstStatement, billed);
        }

        private static LocalDate earlier(LocalDate known, LocalDate date) {
            return known == null || date.isBefore(known) ? date : known;
        }

        OpenItem build() {
            BigDecimal totalCharge = claim != null ? claim.totalCharge() : orZero(charged);
            BigDecimal insurance = orZero(insurancePaid);
            BigDecimal adjusted = totalCharge.subtract(insurance).subtract(owes).max(Money.ZERO);
            return new OpenItem(patientId, claimId, claim != null ? claim.dateOfService() : dateOfService,
                    claim != null ? claim.renderingProviderNpi() : null,
                    claim != null ? (claim.selfPay() ? "Self-pay" : claim.payerName()) : payer, totalCharge,
                    insurance, adjusted, owes, paid, owes.subtract(paid),
                    firstStatement != null ? firstStatement : owedSince);
        }

        private static BigDecimal orZero(BigDecimal amount) {
            return amount == null ? Money.ZERO : amount;
        }
    }
}
