package vn.minhbach.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} (text format), buffered per table and sent in
 * batches by one background thread, in the order the tables were declared (parents before
 * children, so foreign keys are checked as rows arrive). Generation and loading overlap: the
 * generator fills the next batch while the database takes the previous one.
 */
final class CopyOut implements AutoCloseable {

	private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'")
		.withZone(ZoneOffset.UTC);

	private final CopyManager copy;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final ExecutorService loader = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2),
			new ThreadPoolExecutor.CallerRunsPolicy());

	private final List<Future<?>> pending = new ArrayList<>();

	private final int batchRows;

	private long bufferedRows;

	final Map<String, Long> counts = new LinkedHashMap<>();

	CopyOut(Connection connection, int batchRows) throws Exception {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		this.batchRows = batchRows;
	}

	/** Declares a table and its columns; declare parents first. */
	Table table(String name, String columns) {
		Table table = new Table(name, columns);
		tables.put(name, table);
		counts.put(name, 0L);
		return table;
	}

	/** Sends every buffer when enough rows have gathered. */
	void maybeFlush() {
		if (bufferedRows >= batchRows) {
			flush();
		}
	}

	void flush() {
		List<String[]> batch = new ArrayList<>();
		for (Table table : tables.values()) {
			if (table.rows > 0) {
				batch.add(new String[] { "copy " + table.name + " (" + table.columns + ") from stdin", table.buffer.toString() });
				counts.merge(table.name, (long) table.rows, Long::sum);
				table.buffer.setLength(0);
				table.rows = 0;
			}
		}
		bufferedRows = 0;
		if (batch.isEmpty()) {
			return;
		}
		pending.removeIf(Future::isDone);
		pending.add(loader.submit(() -> {
			try {
				for (String[] part : batch) {
					copy.copyIn(part[0], new StringReader(part[1]));
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("COPY failed: " + ex.getMessage(), ex);
			}
			return null;
		}));
	}

	/** Flushes and waits until the database has everything. */
	void finish() throws Exception {
		flush();
		for (Future<?> future : pending) {
			future.get();
		}
		pending.clear();
	}

	@Override
	public void close() {
		loader.shutdownNow();
	}

	final class Table {

		final String name;

		final String columns;

		final StringBuilder buffer = new StringBuilder(1 << 20);

		int rows;

		private boolean first = true;

		Table(String name, String columns) {
			this.name = name;
			this.columns = columns;
		}

		Table v(Object value) {
			if (!first) {
				buffer.append('\t');
			}
			first = false;
			if (value == null) {
				buffer.append("\\N");
			}
			else if (value instanceof Instant instant) {
				buffer.append(TS.format(instant));
			}
			else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
				buffer.append(value);
			}
			else {
				escape(value.toString());
			}
			return this;
		}

		void end() {
			buffer.append('\n');
			first = true;
			rows++;
			bufferedRows++;
		}

		private void escape(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> buffer.append("\\\\");
					case '\t' -> buffer.append("\\t");
					case '\n' -> buffer.append("\\n");
					case '\r' -> buffer.append("\\r");
					default -> buffer.append(c);
				}
			}
		}
	}
}
