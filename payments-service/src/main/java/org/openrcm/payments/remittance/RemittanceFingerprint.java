package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a remittance says, independent of the envelope it came in: the same transaction set inside another file (other
 * ISA/GS control numbers, other delimiters, other line breaks) has the same fingerprint. Two remittances with the same
 * payer and trace but different fingerprints are a conflict a poster must look at; {@link #differences} says where.
 */
public final class RemittanceFingerprint {

    private final Map<String, String> fields;
    private final String hash;

    private RemittanceFingerprint(Map<String, String> fields) {
        this.fields = fields;
        this.hash = sha256(fields);
    }

    public static RemittanceFingerprint of(Remittance remittance) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payer", remittance.payerId());
        fields.put("payee", remittance.payeeId());
        fields.put("trace", remittance.traceNumber());
        fields.put("method", remittance.paymentMethod());
        fields.put("date", String.valueOf(remittance.paymentDate()));
        fields.put("amount", amount(remittance.paymentAmount()));
        for (int i = 0; i < remittance.claims().size(); i++) {
            ClaimRemittance claim = remittance.claims().get(i);
            String at = "claim " + (i + 1) + " (" + claim.patientControlNumber() + ")";
            fields.put(at + " status", claim.claimStatusCode());
            fields.put(at + " charge", amount(claim.chargeAmount()));
            fields.put(at + " paid", amount(claim.paidAmount()));
            fields.put(at + " patient responsibility", amount(claim.patientResponsibilityAmount()));
            fields.put(at + " payer claim number", claim.payerClaimNumber());
            adjustments(fields, at, claim.adjustments());
            fields.put(at + " remarks", claim.remarks().stream().map(Remark::code).toList().toString());
            for (int j = 0; j < claim.lines().size(); j++) {
                ServiceLineRemittance line = claim.lines().get(j);
                String lineAt = at + " line " + (j + 1);
                fields.put(lineAt + " procedure", line.procedureCode() + line.modifiers());
                fields.put(lineAt + " charge", amount(line.chargeAmount()));
                fields.put(lineAt + " paid", amount(line.paidAmount()));
                fields.put(lineAt + " units", line.units() == null ? null : line.units().stripTrailingZeros()
                        .toPlainString());
                fields.put(lineAt + " line control number", line.lineControlNumber());
                fields.put(lineAt + " date", String.valueOf(line.serviceDate()));
                adjustments(fields, lineAt, line.adjustments());
                fields.put(lineAt + " remarks", line.remarks().stream().map(Remark::code).toList().toString());
            }
        }
        for (int i = 0; i < remittance.providerAdjustments().size(); i++) {
            ProviderAdjustment plb = remittance.providerAdjustments().get(i);
            fields.put("provider adjustment " + (i + 1), plb.reasonCode() + " " + plb.reference() + " "
                    + amount(plb.amount()));
        }
        return new RemittanceFingerprint(fields);
    }

    /** SHA-256 (hex) of the remittance's content. */
    public String hash() {
        return hash;
    }

    /** Each field that differs from {@code other}'s, as "field: theirs -> ours", in document order. */
    public List<String> differences(RemittanceFingerprint other) {
        Set<String> keys = new LinkedHashSet<>(other.fields.keySet());
        keys.addAll(fields.keySet());
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            String before = other.fields.get(key);
            String now = fields.get(key);
            if (!Objects.equals(before, now)) {
                differences.add(key + ": " + (other.fields.containsKey(key) ? before : "(absent)") + " -> "
                        + (fields.containsKey(key) ? now : "(absent)"));
            }
        }
        return differences;
    }

    private static void adjustments(Map<String, String> fields, String at, List<Cas> adjustments) {
        for (int k = 0; k < adjustments.size(); k++) {
            Cas cas = adjustments.get(k);
            fields.put(at + " adjustment " + (k + 1), cas.groupCode() + "-" + cas.reasonCode() + " "
                    + amount(cas.amount()));
        }
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String sha256(Map<String, String> fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            fields.forEach((key, value) -> digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
