package org.openrcm.claims;

import org.openrcm.deploy.infra.RcmInfrastructureTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against the real broker, a fresh rcm_claims_test database and a fake
 * clearinghouse file drop in a temporary directory.
 */
@QuarkusTestResource(value = RcmInfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "rcm_claims_test"))
@QuarkusTestResource(value = ClearinghouseDrop.Resource.class, restrictToAnnotatedClass = false)
public final class ClaimsTestInfrastructure {

    private ClaimsTestInfrastructure() {
    }
}
