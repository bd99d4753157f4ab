package org.openrcm.patientbilling.plan;

/** ACTIVE while kept; BROKEN once an installment was missed (the account falls back to dunning); COMPLETED when paid. */
public enum PlanStatus {
    ACTIVE, BROKEN, COMPLETED
}
