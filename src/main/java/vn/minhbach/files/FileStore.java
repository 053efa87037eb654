package vn.minhbach.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.shared.NotFoundException;

/**
 * The content-addressed file store. A file is written to a temporary file while its SHA-256 is
 * computed and its size checked, sniffed from its first bytes, then moved to
 * {@code files/ab/cd/<sha256>}; the same content is stored once however often it is uploaded.
 */
@Service
public class FileStore {

	private static final Tika TIKA = new Tika();

	private final Path root;

	private final JdbcClient jdbc;

	FileStore(@Value("${minhbach.data-dir:./data}") Path dataDir, JdbcClient jdbc) {
		this.root = dataDir.resolve("files").toAbsolutePath();
		this.jdbc = jdbc;
	}

	/**
	 * Stores a file after checking it against the policy.
	 *
	 * @throws FileRejected when it is empty, too big, of a type not allowed or its name's extension
	 *         does not match its content
	 */
	@Transactional
	public StoredFile store(InputStream content, String originalName, FilePolicy policy) {
		return store(content, originalName, policy, null);
	}

	private StoredFile store(InputStream content, String originalName, FilePolicy policy, String producedType) {
		String name = cleanName(originalName);
		Path temporary = null;
		try {
			Files.createDirectories(root);
			temporary = Files.createTempFile(root, "upload-", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(new BufferedInputStream(content), digest);
					OutputStream out = Files.newOutputStream(temporary)) {
				size = copyAtMost(in, out, policy.maxBytes());
			}
			if (size == 0) {
				throw new FileRejected("error.file.empty", name);
			}
			String mediaType = producedType != null ? producedType : sniff(temporary);
			if (!policy.allowedTypes().contains(mediaType)) {
				throw new FileRejected("error.file.type", name, policy.allowedExtensions());
			}
			String extension = extension(name);
			Set<String> expected = FilePolicy.EXTENSIONS.getOrDefault(mediaType, Set.of());
			if (!extension.isEmpty() && !expected.contains(extension)) {
				throw new FileRejected("error.file.mismatch", name);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = pathOf(sha256);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			jdbc.sql("""
					insert into files_blob (sha256, size, media_type) values (:sha, :size, :type)
					on conflict (sha256) do nothing
					""").param("sha", sha256).param("size", size).param("type", mediaType).update();
			return new StoredFile(sha256, size, mediaType, name);
		}
		catch (FileTooLarge ex) {
			throw new FileRejected("error.file.tooLarge", name, policy.maxMegabytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store " + name, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a leftover temporary file is harmless and cleaned on the next start
				}
			}
		}
	}

	/**
	 * Stores bytes the product produced itself (generated PDFs) as the type it produced: no policy
	 * beyond a non-empty content, and no sniffing, which is for what people upload.
	 */
	@Transactional
	public StoredFile storeGenerated(byte[] content, String name, String mediaType) {
		return store(new java.io.ByteArrayInputStream(content), name,
				new FilePolicy(Set.of(mediaType), Math.max(content.length, 1)), mediaType);
	}

	/** Opens a stored file for reading. */
	public InputStream open(String sha256) {
		Path path = pathOf(sha256);
		if (!Files.exists(path)) {
			throw new NotFoundException("error.notFound.file");
		}
		try {
			return Files.newInputStream(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] read(String sha256) {
		try (InputStream in = open(sha256)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The media type recorded when the file was stored. */
	public Optional<String> mediaType(String sha256) {
		return jdbc.sql("select media_type from files_blob where sha256 = :sha").param("sha", sha256).query(String.class)
			.optional();
	}

	private Path pathOf(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new NotFoundException("error.notFound.file");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static String sniff(Path file) throws IOException {
		String detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = TIKA.detect(in);
		}
		if ("application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected)) {
			return officeOpenXml(file).orElse(detected);
		}
		return detected == null ? "application/octet-stream" : detected;
	}

	/**
	 * Word and Excel files are ZIP containers that tika-core alone does not open: the part that
	 * only a real document has ({@code word/document.xml}, {@code xl/workbook.xml}) tells them apart.
	 */
	private static java.util.Optional<String> officeOpenXml(Path file) {
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return java.util.Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return java.util.Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return java.util.Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			return java.util.Optional.empty();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > max) {
				throw new FileTooLarge();
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "tep-dinh-kem";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").trim();
		if (base.length() > 150) {
			String extension = extension(base);
			base = base.substring(0, 140) + (extension.isEmpty() ? "" : "." + extension);
		}
		return base.isEmpty() ? "tep-dinh-kem" : base;
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static final class FileTooLarge extends IOException {

		private static final long serialVersionUID = 1L;
	}
}
