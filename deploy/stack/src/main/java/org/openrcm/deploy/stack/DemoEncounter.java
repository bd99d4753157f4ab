package org.openrcm.deploy.stack;

/** An encounter of the demo workload and the practice that sends it. */
public record DemoEncounter(DemoTenant tenant, EncounterRequest request) {

    /** Identifies the visit across practices: external ids are unique per practice only. */
    public String key() {
        return tenant.tenantId() + "/" + request.externalId();
    }

    public DemoEncounter withMemberId(String memberId) {
        return new DemoEncounter(tenant, request.withMemberId(memberId));
    }
}
