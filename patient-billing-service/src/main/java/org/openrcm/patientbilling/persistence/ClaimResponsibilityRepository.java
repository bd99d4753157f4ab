package org.openrcm.patientbilling.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.patientbilling.domain.ClaimResponsibility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What patients owe per claim; read under the patient's account lock. */
@ApplicationScoped
public class ClaimResponsibilityRepository
        implements PanacheRepositoryBase<ClaimResponsibility, ClaimResponsibility.Key> {

    public Optional<ClaimResponsibility> findForClaim(String tenantId, String claimId) {
        return findByIdOptional(new ClaimResponsibility.Key(tenantId, claimId));
    }
}
