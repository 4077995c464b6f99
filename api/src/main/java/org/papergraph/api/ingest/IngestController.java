package org.papergraph.api.ingest;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.security.WriteAccess;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.PayloadTooLargeException;
import org.papergraph.api.web.UnsupportedMediaTypeException;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;
import org.papergraph.ingest.run.IngestReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ingest}: a body of paper records, arXiv JSON lines or RDF, chosen by its
 * Content-Type; answers with the ingest report. Needs the write token.
 *
 * <p>The body is read whole into a temporary file before anything is written, so a body over
 * the size limit, cut off, or holding nothing is refused with nothing written and no ingest run
 * recorded; a 200 is the only answer after which the store has changed.
 */
@RestController
class IngestController {
  static final List<String> RECORD_TYPES = List.of("text/plain", "text/x-papergraph-record");
  static final List<String> JSONL_TYPES = List.of("application/x-ndjson", "application/jsonl", "application/json-lines");
  static final List<Lang> RDF_LANGS = List.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML);

  private final IngestService ingest;
  private final WriteAccess auth;
  private final StoreChanges changes;
  private final long maxBody;

  IngestController(IngestService ingest, WriteAccess auth, StoreChanges changes, SparqlProperties limits) {
    this.ingest = ingest;
    this.auth = auth;
    this.changes = changes;
    this.maxBody = limits.maxRequestBody().toBytes();
  }

  @PostMapping("/api/ingest")
  @SecurityRequirement(name = "writeToken")
  @Operation(
      summary = "Ingest paper records, arXiv JSON lines or RDF",
      description = """
          The Content-Type says what the body is: paper records (text/plain), arXiv JSON lines \
          (application/x-ndjson) or RDF (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML). \
          gzip is recognised by its content.

          The body is read whole before anything is written. A body over the size limit \
          (papergraph.sparql.max-request-body) gets 413, a body with no records or no triples \
          400, and in both cases nothing was written and no ingest run was recorded. Records \
          and JSON lines answer 200 with the report of the ingest run (read, added, replaced, \
          unchanged, rejected with line and reason); the run is also kept in the store.

          RDF replaces each named graph it holds, all or nothing. Graphs the server keeps \
          (graph/reference/..., graph/system, graph/void, ingest runs) are refused with 403; \
          a record graph (graph/paper/ID) must describe its paper and pass the record SHACL \
          shapes, else 400.""")
  @ApiResponse(responseCode = "200", description = "ingested; the report says what became of each record or graph")
  @ApiResponse(responseCode = "400", description = "empty body, unparsable RDF, or an RDF record graph that is not a valid record; nothing written")
  @ApiResponse(responseCode = "403", description = "writes are off, or an RDF graph the server keeps; nothing written")
  @ApiResponse(responseCode = "413", description = "the body is over the size limit; nothing written")
  ResponseEntity<?> ingest(
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestParam(name = "name", defaultValue = "upload") String name,
      @RequestParam(name = "graph", required = false) String graph,
      HttpServletRequest request)
      throws IOException {
    auth.check(request);
    String type = mediaType(contentType);
    if (graph != null && (!IRIs.check(graph) || !IRIs.reference(graph).isAbsolute())) {
      throw new BadRequestException("graph: '" + graph + "' is not an absolute IRI");
    }
    RecordFormat format = RECORD_TYPES.contains(type) ? RecordFormat.RECORD : JSONL_TYPES.contains(type) ? RecordFormat.ARXIV_JSONL : null;
    Lang lang = format != null ? null : RDFLanguages.contentTypeToLang(type);
    if (format == null && (lang == null || !RDF_LANGS.contains(lang))) {
      throw new UnsupportedMediaTypeException("cannot ingest '" + contentType + "'; send one of: "
          + String.join(", ", RECORD_TYPES) + " (paper records), " + String.join(", ", JSONL_TYPES) + " (arXiv JSON lines), "
          + String.join(", ", RDF_LANGS.stream().map(Lang::getHeaderString).toList()) + " (RDF)");
    }
    Path body = Files.createTempFile("papergraph-ingest-", ".body");
    try {
      long size = spool(request, body);
      if (size == 0) {
        throw new BadRequestException("the request body is empty; nothing was ingested");
      }
      if (format == null) {
        try (InputStream in = Files.newInputStream(body)) {
          IngestService.RdfReport report = ingest.ingestRdf(in, lang, graph);
          changes.awaitViews();
          return ResponseEntity.ok(report);
        }
      }
      requireInflatedWithinLimit(body);
      try (RecordReader probe = format.reader(Inputs.open(body), name)) {
        if (!probe.hasNext()) {
          throw new BadRequestException("the request body (" + size + " bytes) holds no records, only blank lines; nothing was ingested");
        }
      }
      IngestReport report = ingest.ingest(Inputs.open(body), name, format, r -> {});
      changes.awaitViews();
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toJson());
    } finally {
      Files.deleteIfExists(body);
    }
  }

  /**
   * A gzip body of records counts against the limit again as it un-gzips: a few megabytes can
   * inflate to gigabytes. Read through once before anything is written, so a 413 still means
   * nothing was ingested.
   */
  private void requireInflatedWithinLimit(Path body) throws IOException {
    try {
      Inputs.requireWithinLimit(body, maxBody);
    } catch (Inputs.InputTooLargeException e) {
      throw new PayloadTooLargeException(e.getMessage() + "; nothing was ingested: the body is read whole before anything is written");
    }
  }

  /**
   * Copies the whole body to {@code file}; the body-limit filter stops a body without a declared
   * length once it passes the limit, and since nothing is written before the copy ends, the 413
   * can say so.
   */
  private static long spool(HttpServletRequest request, Path file) throws IOException {
    try (InputStream in = request.getInputStream()) {
      return Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (PayloadTooLargeException e) {
      throw new PayloadTooLargeException(e.getMessage() + "; nothing was ingested: the body is read whole before anything is written");
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw new UnsupportedMediaTypeException("the request has no Content-Type; say what the body is");
    }
    try {
      MediaType m = MediaType.parseMediaType(contentType);
      return (m.getType() + "/" + m.getSubtype()).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedMediaTypeException("'" + contentType + "' is not a media type");
    }
  }
}
