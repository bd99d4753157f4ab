package org.openrcm.deploy.infra;

/**
 * Where to find PostgreSQL: {@code RCM_POSTGRES_HOST}, {@code RCM_POSTGRES_PORT}, {@code RCM_POSTGRES_USER},
 * {@code RCM_POSTGRES_PASSWORD} from the environment (or the same names lower-cased with dots as system
 * properties, e.g. {@code rcm.postgres.host}), defaulting to the local server {@code localhost:5432} as
 * {@code postgres}.
 */
public record PostgresSettings(String host, int port, String user, String password) {

    public static PostgresSettings fromEnvironment() {
        return new PostgresSettings(setting("RCM_POSTGRES_HOST", "localhost"),
                Integer.parseInt(setting("RCM_POSTGRES_PORT", "5432")), setting("RCM_POSTGRES_USER", "postgres"),
                setting("RCM_POSTGRES_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static String setting(String name, String defaultValue) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        if (property != null) {
            return property;
        }
        String env = System.getenv(name);
        return env != null ? env : defaultValue;
    }
}
