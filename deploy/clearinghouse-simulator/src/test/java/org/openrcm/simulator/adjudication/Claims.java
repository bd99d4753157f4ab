package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Claims for the adjudication tests: one line per procedure code, every line pointing at every diagnosis (max 4). */
final class Claims {

    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 11, 2);
    static final BillingProvider LAKESIDE = new BillingProvider("Lakeside Family Medicine", "1234567893", "370000001");

    private Claims() {
    }

    /** @param procedures alternating procedure code and charge */
    static PayerClaim claim(String pcn, String payerId, String memberId, List<String> diagnoses,
            String... procedures) {
        List<PayerClaimLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<Integer> pointers = new ArrayList<>();
        for (int i = 1; i <= Math.min(4, diagnoses.size()); i++) {
            pointers.add(i);
        }
        for (int i = 0; i < procedures.length; i += 2) {
            BigDecimal charge = new BigDecimal(procedures[i + 1]);
            lines.add(new PayerClaimLine(Integer.toString(i / 2 + 1), procedures[i], List.of(), charge, BigDecimal.ONE,
                    SERVICE_DATE, pointers));
            total = total.add(charge);
        }
        PersonName person = new PersonName("Miller", "Grace");
        return new PayerClaim(pcn, payerId, "Payer " + payerId, "CI", memberId, person, person, LAKESIDE, null, "11",
                "1", null, total, diagnoses, lines);
    }

    static PayerClaim claim(String pcn, String payerId, String memberId, String... procedures) {
        return claim(pcn, payerId, memberId, List.of("I10"), procedures);
    }

    /** A member id on an ordinary plan: no deductible, no secondary payer. */
    static String plainMember(String prefix) {
        for (int i = 0; ; i++) {
            String memberId = prefix + String.format("%09d", i);
            if (!Adjudicator.hasHighDeductible(memberId) && !Adjudicator.hasSecondaryPayer(memberId)) {
                return memberId;
            }
        }
    }

    static String highDeductibleMember() {
        for (int i = 0; ; i++) {
            String memberId = "XOF" + String.format("%09d", i);
            if (Adjudicator.hasHighDeductible(memberId) && !Adjudicator.hasSecondaryPayer(memberId)) {
                return memberId;
            }
        }
    }

    static String memberWithSecondaryPayer() {
        for (int i = 0; ; i++) {
            String memberId = "XOF" + String.format("%09d", i);
            if (Adjudicator.hasSecondaryPayer(memberId) && !Adjudicator.hasHighDeductible(memberId)) {
                return memberId;
            }
        }
    }
}
