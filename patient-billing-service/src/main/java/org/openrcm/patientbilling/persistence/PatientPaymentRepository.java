package org.openrcm.patientbilling.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.payment.PatientPayment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Patient payments taken here, always looked up within one tenant. */
@ApplicationScoped
public class PatientPaymentRepository implements PanacheRepositoryBase<PatientPayment, UUID> {

    public Optional<PatientPayment> findByKey(String tenantId, String idempotencyKey) {
        return find("tenantId = ?1 and idempotencyKey = ?2", tenantId, idempotencyKey).firstResultOptional();
    }

    public Optional<PatientPayment> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
