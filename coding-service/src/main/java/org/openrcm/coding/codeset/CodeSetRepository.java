package org.openrcm.coding.codeset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;

/**
 * Code set releases and their rows, in plain JDBC: imports go through PostgreSQL {@code COPY}, lookups fetch only
 * the rows an encounter needs. Callers hold the transaction; the connection is the one enlisted in it.
 */
@ApplicationScoped
public class CodeSetRepository {

    private static final String RELEASE_COLUMNS = "id, kind, tenant_id, name, effective_date, row_count, imported_at";

    private final DataSource dataSource;

    CodeSetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the release and copies its rows in; the caller's transaction makes the two one. */
    CodeSetRelease insert(CodeSetKind kind, String tenantId, String name, LocalDate effective, Instant now,
            List<Object[]> rows) {
        try (Connection connection = dataSource.getConnection()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO code_set_release"
                    + " (kind, tenant_id, name, effective_date, row_count, imported_at) VALUES (?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")) {
                insert.setString(1, kind.name());
                insert.setString(2, tenantId);
                insert.setString(3, name);
                insert.setDate(4, Date.valueOf(effective));
                insert.setInt(5, rows.size());
                insert.setTimestamp(6, Timestamp.from(now));
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + kind.copyTarget() + " FROM STDIN",
                    new StringReader(CopyText.of(id, rows)));
            return new CodeSetRelease(id, kind, tenantId, name, effective, rows.size(), now);
        } catch (SQLException e) {
            throw new IllegalStateException("Import of " + kind + " release " + name + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(CodeSetKind kind, String tenantId, String name) {
        return query("SELECT 1 FROM code_set_release WHERE kind = ? AND COALESCE(tenant_id, '') = ? AND name = ?",
                statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, tenantId == null ? "" : tenantId);
                    statement.setString(3, name);
                }, result -> true).size() == 1;
    }

    boolean anyShared(CodeSetKind kind) {
        return !query("SELECT 1 FROM code_set_release WHERE kind = ? AND tenant_id IS NULL LIMIT 1",
                statement -> statement.setString(1, kind.name()), result -> true).isEmpty();
    }

    /** The releases a tenant sees of one kind (the shared ones and, for CPT, its own), newest first. */
    List<CodeSetRelease> releases(CodeSetKind kind, String tenantId) {
        return query("SELECT " + RELEASE_COLUMNS + " FROM code_set_release WHERE kind = ?"
                + " AND (tenant_id IS NULL OR tenant_id = ?) ORDER BY effective_date DESC, id DESC",
                statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, tenantId);
                }, CodeSetRepository::release);
    }

    /**
     * The release of every kind in force on {@code date}, in one query: per kind the latest effective on or before
     * it, a tenant's own (only CPT has them) before the shared one.
     */
    Map<CodeSetKind, CodeSetRelease> allInForce(String tenantId, LocalDate date) {
        Map<CodeSetKind, CodeSetRelease> releases = new EnumMap<>(CodeSetKind.class);
        query("SELECT DISTINCT ON (kind) " + RELEASE_COLUMNS + " FROM code_set_release WHERE effective_date <= ?"
                + " AND (tenant_id IS NULL OR tenant_id = ?)"
                + " ORDER BY kind, tenant_id IS NULL, effective_date DESC, id DESC", statement -> {
                    statement.setDate(1, Date.valueOf(date));
                    statement.setString(2, tenantId);
                }, CodeSetRepository::release).forEach(release -> releases.put(release.kind(), release));
        return releases;
    }

    Map<String, CodeEntry> codes(long releaseId, Collection<String> codes) {
        Map<String, CodeEntry> entries = new HashMap<>();
        query("SELECT code, billable, long_description, effective_date, termination_date FROM code_set_code"
                + " WHERE release_id = ? AND code = ANY (?)", statement -> {
                    statement.setLong(1, releaseId);
                    statement.setArray(2, statement.getConnection().createArrayOf("varchar", codes.toArray()));
                }, result -> entries.put(result.getString(1), new CodeEntry(result.getString(1),
                        result.getBoolean(2), result.getString(3), localDate(result, 4), localDate(result, 5))));
        return entries;
    }

    /** NCCI edits among {@code codes} active on {@code date}: effective on or before it, not deleted by then. */
    List<PtpEdit> ptpEdits(long releaseId, Collection<String> codes, LocalDate date) {
        return query("SELECT column1_code, column2_code, modifier_indicator, rationale FROM ncci_ptp_edit"
                + " WHERE release_id = ? AND column1_code = ANY (?) AND column2_code = ANY (?)"
                + " AND effective_date <= ? AND (deletion_date IS NULL OR deletion_date > ?)", statement -> {
                    statement.setLong(1, releaseId);
                    statement.setArray(2, statement.getConnection().createArrayOf("varchar", codes.toArray()));
                    statement.setArray(3, statement.getConnection().createArrayOf("varchar", codes.toArray()));
                    statement.setDate(4, Date.valueOf(date));
                    statement.setDate(5, Date.valueOf(date));
                }, result -> new PtpEdit(result.getString(1), result.getString(2), result.getString(3).charAt(0),
                        result.getString(4)));
    }

    Map<String, MueLimit> mueLimits(long releaseId, Collection<String> codes) {
        Map<String, MueLimit> limits = new HashMap<>();
        query("SELECT code, max_units, adjudication_indicator FROM mue_limit WHERE release_id = ? AND code = ANY (?)",
                statement -> {
                    statement.setLong(1, releaseId);
                    statement.setArray(2, statement.getConnection().createArrayOf("varchar", codes.toArray()));
                }, result -> limits.put(result.getString(1),
                        new MueLimit(result.getString(1), result.getInt(2), result.getInt(3))));
        return limits;
    }

    List<ConventionRule> conventions(long releaseId) {
        return query("SELECT rule, first_code, last_code, value FROM coding_convention WHERE release_id = ?"
                + " ORDER BY line_number", statement -> statement.setLong(1, releaseId),
                result -> new ConventionRule(ConventionRule.Rule.valueOf(result.getString(1)), result.getString(2),
                        result.getString(3), result.getString(4)));
    }

    /**
     * Codes of the given releases whose code starts with {@code codePrefix} or whose description has every word of
     * {@code words} (as word prefixes); a code match ranks first, then by text rank, then by code, so pages are
     * stable.
     */
    List<CodeSearchHit> search(Map<Long, CodeSetKind> releases, String codePrefix, String words, int offset,
            int limit) {
        if (releases.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT release_id, code, billable, long_description,"
                + " (CASE WHEN code LIKE ? THEN 1.0 ELSE 0 END) + ts_rank(search, to_tsquery('english', ?)) AS rank"
                + " FROM code_set_code WHERE release_id = ANY (?)"
                + " AND (code LIKE ? OR (? <> '' AND search @@ to_tsquery('english', ?)))"
                + " ORDER BY rank DESC, code, release_id LIMIT ? OFFSET ?";
        String like = codePrefix.isEmpty() ? "" : codePrefix + "%";
        String tsquery = words;
        return query(sql, statement -> {
            statement.setString(1, like);
            statement.setString(2, tsquery);
            statement.setArray(3, statement.getConnection().createArrayOf("bigint", releases.keySet().toArray()));
            statement.setString(4, like);
            statement.setString(5, words);
            statement.setString(6, tsquery);
            statement.setInt(7, limit);
            statement.setInt(8, offset);
        }, result -> new CodeSearchHit(releases.get(result.getLong(1)).name(), result.getString(2),
                result.getBoolean(3), result.getString(4), result.getDouble(5)));
    }

    private static CodeSetRelease release(ResultSet result) throws SQLException {
        return new CodeSetRelease(result.getLong(1), CodeSetKind.valueOf(result.getString(2)), result.getString(3),
                result.getString(4), result.getDate(5).toLocalDate(), result.getInt(6),
                result.getTimestamp(7).toInstant());
    }

    private static LocalDate localDate(ResultSet result, int column) throws SQLException {
        Date date = result.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Code set query failed", e);
        }
    }
}
