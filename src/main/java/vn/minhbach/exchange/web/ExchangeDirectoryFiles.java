package vn.minhbach.exchange.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.exchange.ExchangeDirectory;

/** The directory file: a JSON list of entries, pretty-printed for a person to check before importing it. */
final class ExchangeDirectoryFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExchangeDirectoryFiles() {
	}

	static byte[] write(List<ExchangeDirectory.Entry> entries) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries);
	}
}
