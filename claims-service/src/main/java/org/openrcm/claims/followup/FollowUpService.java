package org.openrcm.claims.followup;

import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.PayerConfigDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.config.FollowUpConfig;
import org.openrcm.claims.persistence.FollowUpRepository;

/**
 * The biller's follow-up list: claims without acknowledgment after N days, accepted claims without payment after
 * their payer's window, claims whose payer's timely-filing deadline is near (or passed) while they are not yet
 * with the payer, with the days left, and claims whose payment the payer reversed, with why.
 */
@ApplicationScoped
public class FollowUpService {

    private final FollowUpRepository followUps;
    private final FollowUpConfig config;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpConfig config, Clock clock) {
        this.followUps = followUps;
        this.config = config;
        this.clock = clock;
    }

    /** @param kind one kind, or null for all of them (each up to {@code limit}) */
    @Transactional
    public List<FollowUpItem> list(String tenantId, FollowUpItem.Kind kind, int limit) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<FollowUpItem> items = new ArrayList<>();
        if (kind == null || kind == FollowUpItem.Kind.NO_ACKNOWLEDGMENT) {
            followUps.withoutAcknowledgment(tenantId, now.minus(Duration.ofDays(config.acknowledgmentDays())), limit)
                    .forEach(row -> items.add(item(FollowUpItem.Kind.NO_ACKNOWLEDGMENT, row,
                            Duration.between(row.since(), now).toDays())));
        }
        if (kind == null || kind == FollowUpItem.Kind.NO_PAYMENT) {
            followUps.withoutPayment(tenantId, now, PayerConfigDetails.DEFAULT_PAYMENT_WINDOW_DAYS, limit)
                    .forEach(row -> items.add(item(FollowUpItem.Kind.NO_PAYMENT, row,
                            Duration.between(row.since(), now).toDays())));
        }
        if (kind == null || kind == FollowUpItem.Kind.TIMELY_FILING) {
            followUps.nearTimelyFiling(tenantId, today.plusDays(config.timelyFilingWarningDays()),
                    PayerConfigDetails.DEFAULT_TIMELY_FILING_DAYS, limit)
                    .forEach(row -> items.add(item(FollowUpItem.Kind.TIMELY_FILING, row,
                            ChronoUnit.DAYS.between(today, row.deadline()))));
        }
        if (kind == null || kind == FollowUpItem.Kind.PAYMENT_REVERSED) {
            followUps.reversed(tenantId, limit).forEach(row -> items.add(item(FollowUpItem.Kind.PAYMENT_REVERSED, row,
                    Duration.between(row.since(), now).toDays())));
        }
        return items;
    }

    private static FollowUpItem item(FollowUpItem.Kind kind, FollowUpRepository.Row row, long days) {
        return new FollowUpItem(kind, row.claimId(), row.patientControlNumber(), row.payerId(),
                ClaimStatus.valueOf(row.status()), row.since(), row.deadline(), days, row.reason());
    }
}
