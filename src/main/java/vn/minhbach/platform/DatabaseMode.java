package vn.minhbach.platform;

/**
 * Which PostgreSQL this process uses: the embedded one it started itself, or an external one
 * configured through {@code SPRING_DATASOURCE_URL}.
 *
 * @param embedded whether the database was started by this process
 * @param description a human-readable description for the start-up log
 */
public record DatabaseMode(boolean embedded, String description) {
}
