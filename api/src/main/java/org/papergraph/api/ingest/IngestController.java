package org.papergraph.api.ingest;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.security.WriteAccess;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.PayloadTooLargeException;
import org.papergraph.api.web.UnsupportedMediaTypeException;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
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
 */
@RestController
class IngestController {
  static final List<String> RECORD_TYPES = List.of("text/plain", "text/x-papergraph-record");
  static final List<String> JSONL_TYPES = List.of("application/x-ndjson", "application/jsonl", "application/json-lines");
  static final List<Lang> RDF_LANGS = List.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML);

  private final IngestService ingest;
  private final WriteAccess auth;
  private final long maxBody;

  IngestController(IngestService ingest, WriteAccess auth, SparqlProperties limits) {
    this.ingest = ingest;
    this.auth = auth;
    this.maxBody = limits.maxRequestBody().toBytes();
  }

  @PostMapping("/api/ingest")
  @SecurityRequirement(name = "writeToken")
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
    try (InputStream in = request.getInputStream()) {
      if (RECORD_TYPES.contains(type) || JSONL_TYPES.contains(type)) {
        RecordFormat format = RECORD_TYPES.contains(type) ? RecordFormat.RECORD : RecordFormat.ARXIV_JSONL;
        // The body limit counts the bytes sent; a gzip body counts again as it un-gzips.
        BufferedReader reader = Inputs.reader(in, maxBody);
        IngestReport report;
        try {
          report = ingest.ingest(reader, name, format, r -> {});
        } catch (Inputs.InputTooLargeException e) {
          throw new PayloadTooLargeException(e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toJson());
      }
      Lang lang = RDFLanguages.contentTypeToLang(type);
      if (lang == null || !RDF_LANGS.contains(lang)) {
        throw new UnsupportedMediaTypeException("cannot ingest '" + contentType + "'; send one of: "
            + String.join(", ", RECORD_TYPES) + " (paper records), " + String.join(", ", JSONL_TYPES) + " (arXiv JSON lines), "
            + String.join(", ", RDF_LANGS.stream().map(Lang::getHeaderString).toList()) + " (RDF)");
      }
      return ResponseEntity.ok(ingest.ingestRdf(in, lang, graph));
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
