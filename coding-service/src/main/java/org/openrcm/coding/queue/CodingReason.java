package org.openrcm.coding.queue;

/** The coding reasons a payer sends a claim back for, as analytics count them. */
public enum CodingReason {
    /** A code or modifier that is invalid, deleted or not valid on the date of service. */
    INVALID_CODE,
    /** The diagnosis does not support the procedure, or a code conflicts with the patient's age or sex. */
    DX_PROCEDURE_MISMATCH,
    /** The procedure is bundled into another one (NCCI). */
    BUNDLING,
    /** The diagnoses do not make the service medically necessary or covered. */
    MEDICAL_NECESSITY
}
