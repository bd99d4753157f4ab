package org.openrcm.deploy.stack;

import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.common.Address;

/**
 * A provider practice of the demo, registered with every service.
 *
 * @param npi the practice's billing provider NPI
 */
public record DemoTenant(String tenantId, String name, String npi, String taxId, Address address) {

    private static final String[][] PRACTICES = {
        {"lakeside", "Lakeside Family Medicine", "101 Lake Shore Dr", "Springfield"},
        {"prairie", "Prairie Internal Medicine", "2200 Prairie Ave", "Chatham"},
        {"capitol", "Capitol Cardiology Associates", "45 Capitol Sq", "Springfield"},
    };

    /**
     * The practices of one run. Their ids carry {@code runTag}, so a run onboards practices of its own and counts
     * only its own events, even on a stack that kept earlier runs' data.
     */
    public static List<DemoTenant> forRun(String runTag, int count) {
        if (count < 1 || count > PRACTICES.length) {
            throw new IllegalArgumentException("The demo has 1 to " + PRACTICES.length + " practices");
        }
        List<DemoTenant> tenants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] practice = PRACTICES[i];
            tenants.add(new DemoTenant(practice[0] + "-" + runTag, practice[1],
                    Npis.withCheckDigit("1" + (23456780 + i)), "3" + (70000001 + i),
                    new Address(practice[2], null, practice[3], "IL", "6270110" + (10 + i))));
        }
        return List.copyOf(tenants);
    }

    /** A tag unique to this moment, usable in a tenant id. */
    public static String newRunTag() {
        return Long.toString(System.currentTimeMillis(), 36);
    }
}
