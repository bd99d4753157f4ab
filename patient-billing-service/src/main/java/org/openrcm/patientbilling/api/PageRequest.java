package org.openrcm.patientbilling.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.openrcm.plumbing.web.Paging;

/**
 * {@code ?page=&size=} of a list. A bean rather than method parameters so that a violation is reported under the
 * parameter's name: the shared mapper names violations of plain method parameters "body".
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(Paging.MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    int size;
}
