/**
 * PDF documents in Vietnamese: a small flow layout on Apache PDFBox with embedded Noto Serif
 * fonts (a Times-like face, as official forms use), the national motto header of official
 * documents, wrapped paragraphs, label–value lines, tables and signature blocks; PAdES signatures
 * with each agency's key (a configured PKCS#12 keystore, or a generated demo one), and their
 * verification, also offered to anyone on the public {@code /verify} page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.pdf;
