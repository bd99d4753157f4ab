package org.openrcm.plumbing.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;

/**
 * The provider practices this service serves. An active tenant is cached for {@code rcm.tenant.cache-ttl}, so a
 * deactivation made through another replica is seen within that time (at once through this one); unknown ones are
 * looked up each time so a newly onboarded practice is served at once.
 */
@ApplicationScoped
public class TenantDirectory {

    /** Lower-case letters, digits and dashes: safe in headers, URLs, Kafka keys and log lines. */
    public static final String TENANT_ID_REGEX = "^[a-z0-9][a-z0-9-]{1,63}$";
    public static final Pattern TENANT_ID = Pattern.compile(TENANT_ID_REGEX);

    private static final String SELECT_ACTIVE = "SELECT 1 FROM tenant WHERE tenant_id = ? AND active";
    private static final String SELECT_ALL = "SELECT tenant_id, name, active FROM tenant ORDER BY tenant_id";
    private static final String UPSERT = "INSERT INTO tenant (tenant_id, name, active) VALUES (?, ?, ?)"
            + " ON CONFLICT (tenant_id) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active,"
            + " updated_at = now() RETURNING (xmax = 0)";

    /** A tenant as the admin API shows it. */
    public record Tenant(String tenantId, String name, boolean active) {
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration cacheTtl;
    /** Active tenants and until when that is trusted without asking the database. */
    private final Map<String, Instant> activeUntil = new ConcurrentHashMap<>();

    TenantDirectory(AgroalDataSource dataSource, Clock clock,
            @ConfigProperty(name = "rcm.tenant.cache-ttl", defaultValue = "10s") Duration cacheTtl) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
    }

    public boolean isActive(String tenantId) {
        Instant now = clock.instant();
        Instant until = activeUntil.get(tenantId);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean found = query(SELECT_ACTIVE, tenantId);
        if (found) {
            activeUntil.put(tenantId, now.plus(cacheTtl));
        } else {
            activeUntil.remove(tenantId);
        }
        return found;
    }

    /** @return true when the tenant was created, false when an existing one was updated */
    @Transactional
    public boolean upsert(Tenant tenant) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, tenant.tenantId());
            upsert.setString(2, tenant.name());
            upsert.setBoolean(3, tenant.active());
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                if (!tenant.active()) {
                    activeUntil.remove(tenant.tenantId());
                }
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save tenant " + tenant.tenantId(), e);
        }
    }

    public List<Tenant> list() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_ALL);
                ResultSet rows = select.executeQuery()) {
            List<Tenant> tenants = new ArrayList<>();
            while (rows.next()) {
                tenants.add(new Tenant(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list tenants", e);
        }
    }

    private boolean query(String sql, String tenantId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, tenantId);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up tenant " + tenantId, e);
        }
    }
}
