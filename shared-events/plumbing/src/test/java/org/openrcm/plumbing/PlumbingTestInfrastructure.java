package org.openrcm.plumbing;

import org.openrcm.deploy.infra.RcmInfrastructureTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the real broker and a fresh rcm_plumbing_test database. */
@QuarkusTestResource(value = RcmInfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "rcm_plumbing_test"))
public final class PlumbingTestInfrastructure {

    private PlumbingTestInfrastructure() {
    }
}
