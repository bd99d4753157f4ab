package org.openrcm.patientbilling.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.BillingConfig;
import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.domain.PatientAccount;
import org.openrcm.patientbilling.persistence.AccountItemRepository;
import org.openrcm.patientbilling.persistence.PatientAccountRepository;
import org.openrcm.patientbilling.persistence.PatientPaymentRepository;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Takes patient payments. The payment lowers the balance at once (the practice holds the money) and goes to
 * payments-service as {@code PatientPaymentReceived} through the outbox; its {@code PatientPaymentPosted} only marks it
 * posted. Under the account's lock, a request whose Idempotency-Key was used before returns that payment when it asks
 * the same, and is refused when it asks something else: a retry never charges twice.
 */
@ApplicationScoped
public class PatientPaymentService {

    /** A payment, and whether this request took it or found it taken by an earlier one with the same key. */
    public record Outcome(PatientPayment payment, boolean replayed) {
    }

    /** What the patient asked to pay. */
    public record Request(PaymentMethod method, BigDecimal amount, String reference, String claimId) {
    }

    private final PatientAccountRepository accounts;
    private final AccountItemRepository items;
    private final PatientPaymentRepository payments;
    private final OutboxWriter outbox;
    private final BillingConfig config;
    private final Clock clock;

    PatientPaymentService(PatientAccountRepository accounts, AccountItemRepository items,
            PatientPaymentRepository payments, OutboxWriter outbox, BillingConfig config, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.payments = payments;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome take(String tenantId, UUID accountId, String idempotencyKey, Request request) {
        PatientAccount account = accounts.lockForTenant(tenantId, accountId)
                .orElseThrow(() -> BillingException.noAccount(accountId));
        String hash = hash(request);
        var earlier = payments.findByKey(tenantId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequest(accountId, hash)) {
                throw new BillingException(BillingException.Kind.UNPROCESSABLE, "idempotency-key-reused",
                        "Idempotency-Key " + idempotencyKey + " was used for a different payment request");
            }
            return new Outcome(earlier.get(), true);
        }
        check(request);
        PatientPayment.Received received = PatientPayment.receive(account, idempotencyKey, hash, request.method(),
                request.amount(), request.reference(), request.claimId(), clock.instant());
        payments.persist(received.payment());
        AccountItem item = AccountItem.patientPayment(account, received.payment().id().toString(),
                request.claimId(), request.amount(), received.payment().receivedAt());
        items.persist(item);
        account.post(item);
        outbox.append(received.event());
        return new Outcome(received.payment(), false);
    }

    /**
     * payments-service posted a patient payment: one taken here is marked posted (its amount is already on the
     * account); one taken elsewhere (e.g. a lockbox) is not known here and returns false.
     */
    @Transactional
    public boolean markPosted(PatientPaymentPosted event) {
        UUID id;
        try {
            id = UUID.fromString(event.paymentId());
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        return payments.findForTenant(event.tenantId(), id).map(payment -> {
            payment.posted(event.postedAt());
            return true;
        }).orElse(false);
    }

    private void check(Request request) {
        if (request.amount().signum() <= 0) {
            throw invalid("invalid-amount", "The amount must be more than 0.00");
        }
        if (request.amount().compareTo(config.maxPayment()) > 0) {
            throw invalid("excessive-amount", "The amount " + request.amount().toPlainString()
                    + " is above the largest payment taken, " + config.maxPayment().toPlainString());
        }
        if (request.method().needsReference() && (request.reference() == null || request.reference().isBlank())) {
            throw invalid("missing-reference", request.method() == PaymentMethod.CARD
                    ? "A card payment needs the processor's card token (reference)"
                    : "A check payment needs the check number (reference)");
        }
    }

    private static BillingException invalid(String type, String detail) {
        return new BillingException(BillingException.Kind.UNPROCESSABLE, type, detail);
    }

    /** The request as a fingerprint: equal amounts compare equal whatever their scale ("10" and "10.00"). */
    static String hash(Request request) {
        String canonical = request.method() + "|" + request.amount().setScale(2, RoundingMode.UNNECESSARY)
                + "|" + nullToEmpty(request.reference()) + "|" + nullToEmpty(request.claimId());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
