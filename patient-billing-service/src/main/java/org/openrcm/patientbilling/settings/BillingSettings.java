package org.openrcm.patientbilling.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Address;

/**
 * How one practice bills its patients: its time zone (statement dates, due dates and aging are the practice's local
 * dates), statement cycle day, minimum statement balance, dunning levels, what the statement says about the practice
 * and how to pay, and the small-balance write-off threshold.
 */
@Entity
@Table(name = "billing_settings")
public class BillingSettings {

    public static final List<DunningLevel> DEFAULT_LEVELS = List.of(
            new DunningLevel(30, "This balance is past due. Please pay it or call us to discuss it."),
            new DunningLevel(60, "Second notice: this balance is 60 days past due. Please pay it now."),
            new DunningLevel(90, "Final notice before collections: pay within 30 days or call us to set up a plan."),
            new DunningLevel(120, "Your account will be placed with a collection agency unless paid in full now."));

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "cycle_day", nullable = false)
    private int cycleDay;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "minimum_balance", nullable = false)
    private BigDecimal minimumBalance;

    @Column(name = "write_off_threshold", nullable = false)
    private BigDecimal writeOffThreshold;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dunning_levels", nullable = false)
    private List<DunningLevel> dunningLevels;

    @Column(name = "practice_name", nullable = false)
    private String practiceName;

    @Column(name = "practice_phone")
    private String practicePhone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "practice_address")
    private Address practiceAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "remit_to")
    private Address remitTo;

    @Column(name = "how_to_pay")
    private String howToPay;

    @Column(name = "collection_agency", nullable = false)
    private String collectionAgency;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BillingSettings() {
    }

    /** What a practice bills with until it saves its own settings: UTC, cycle day 1, 30 days to pay. */
    public static BillingSettings defaults(String tenantId, int dueDays) {
        BillingSettings settings = new BillingSettings();
        settings.tenantId = tenantId;
        settings.timeZone = "UTC";
        settings.cycleDay = 1;
        settings.dueDays = dueDays;
        settings.minimumBalance = new BigDecimal("0.01");
        settings.writeOffThreshold = new BigDecimal("0.00");
        settings.dunningLevels = DEFAULT_LEVELS;
        settings.practiceName = tenantId;
        settings.howToPay = "Pay by card or check; write your account number on your check.";
        settings.collectionAgency = "default-agency";
        settings.updatedAt = Instant.EPOCH;
        return settings;
    }

    /** Replaces every setting; the caller validated them (BillingSettingsRequest). */
    public void update(String timeZone, int cycleDay, int dueDays, BigDecimal minimumBalance,
            BigDecimal writeOffThreshold, List<DunningLevel> dunningLevels, String practiceName, String practicePhone,
            Address practiceAddress, Address remitTo, String howToPay, String collectionAgency, Instant now) {
        this.timeZone = timeZone;
        this.cycleDay = cycleDay;
        this.dueDays = dueDays;
        this.minimumBalance = minimumBalance;
        this.writeOffThreshold = writeOffThreshold;
        this.dunningLevels = List.copyOf(dunningLevels);
        this.practiceName = practiceName;
        this.practicePhone = practicePhone;
        this.practiceAddress = practiceAddress;
        this.remitTo = remitTo;
        this.howToPay = howToPay;
        this.collectionAgency = collectionAgency;
        this.updatedAt = now;
    }

    public DunningPolicy dunning() {
        return new DunningPolicy(dunningLevels);
    }

    public String tenantId() {
        return tenantId;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String timeZone() {
        return timeZone;
    }

    public int cycleDay() {
        return cycleDay;
    }

    public int dueDays() {
        return dueDays;
    }

    public BigDecimal minimumBalance() {
        return minimumBalance;
    }

    public BigDecimal writeOffThreshold() {
        return writeOffThreshold;
    }

    public List<DunningLevel> dunningLevels() {
        return dunningLevels;
    }

    public String practiceName() {
        return practiceName;
    }

    public String practicePhone() {
        return practicePhone;
    }

    public Address practiceAddress() {
        return practiceAddress;
    }

    public Address remitTo() {
        return remitTo;
    }

    public String howToPay() {
        return howToPay;
    }

    public String collectionAgency() {
        return collectionAgency;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
