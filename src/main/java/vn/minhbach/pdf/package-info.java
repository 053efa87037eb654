/**
 * PDF documents in Vietnamese: a small flow layout on Apache PDFBox with embedded Noto Serif
 * fonts (a Times-like face, as official forms use), the national motto header of official
 * documents, wrapped paragraphs, label–value lines, tables and signature blocks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.pdf;
