package org.papergraph.core.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.vocab.PG;

/**
 * A dated release of the store in a directory of its own: the N-Quads dump (gzip), its VoID
 * description, a DCAT description with one distribution per file (size, SHA-256, licence) and
 * the licence of each source graph, the change-feed sequence number the dump is consistent with,
 * and a manifest {@code SHA256SUMS} that {@code sha256sum -c SHA256SUMS} verifies.
 *
 * <p>The dump and the sequence number agree when nothing writes to the store meanwhile: the
 * command line holds a TDB2 store alone (TDB2 admits one process), so a release is made with the
 * server stopped, or from a copy.
 */
public final class Release {
  public static final String DUMP = "papergraph.nq.gz";
  public static final String VOID = "void.ttl";
  public static final String DCAT_FILE = "dcat.ttl";
  public static final String MANIFEST = "SHA256SUMS";

  static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
  static final String CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
  static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
  static final String MIT = "https://opensource.org/license/mit";
  private static final Node SPDX_CHECKSUM = NodeFactory.createURI("http://spdx.org/rdf/terms#checksum");
  private static final Node SPDX_ALGORITHM = NodeFactory.createURI("http://spdx.org/rdf/terms#algorithm");
  private static final Node SPDX_SHA256 = NodeFactory.createURI("http://spdx.org/rdf/terms#checksumAlgorithm_sha256");
  private static final Node SPDX_VALUE = NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue");

  /** What a release holds. */
  public record Result(Path directory, long feedSequence, Map<String, String> sha256) {}

  private final GraphStore store;
  private final Iris iris;

  public Release(GraphStore store, Iris iris) {
    this.store = store;
    this.iris = iris;
  }

  /** The licence of each reference graph, from seeds/reference/README.md. */
  Map<String, String> referenceLicences() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(iris.referenceGraph("cso"), CC_BY);
    m.put(iris.referenceGraph("pwc-methods"), CC_BY_SA);
    m.put(iris.referenceGraph("papergraph-topics"), CC_BY);
    m.put(iris.referenceGraph("pwc-tasks"), CC_BY_SA);
    // ccf-deadlines and CCFrank4dblp, both MIT; Papergraph's own venue rows as the repository.
    m.put(iris.referenceGraph("venues"), MIT);
    m.put(iris.referenceGraph("arxiv-taxonomy"), MIT);
    m.put(iris.referenceGraph("arxiv-topics"), MIT);
    return m;
  }

  /** Writes the release for {@code date} into {@code parent}/papergraph-DATE, which must not exist. */
  public Result write(Path parent, LocalDate date) {
    Path dir = parent.resolve("papergraph-" + date);
    try {
      if (Files.exists(dir)) {
        throw new IllegalStateException(dir + " exists already; a release is written once, into a new directory");
      }
      Files.createDirectories(dir);
      long seq = ChangeJournal.lastSequence(store);
      try (OutputStream out = Files.newOutputStream(dir.resolve(DUMP))) {
        StoreArchive.export(store, out, StoreArchive.Format.NQUADS);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(VOID))) {
        RDFDataMgr.write(out, new DatasetDescription(store, iris).describe(), Lang.TURTLE);
      }
      Map<String, String> sums = new LinkedHashMap<>();
      sums.put(DUMP, sha256(dir.resolve(DUMP)));
      sums.put(VOID, sha256(dir.resolve(VOID)));
      try (OutputStream out = Files.newOutputStream(dir.resolve(DCAT_FILE))) {
        RDFDataMgr.write(out, dcat(dir, date, seq, sums), Lang.TURTLE);
      }
      sums.put(DCAT_FILE, sha256(dir.resolve(DCAT_FILE)));
      List<String> lines = new ArrayList<>();
      sums.forEach((file, sum) -> lines.add(sum + "  " + file));
      Files.write(dir.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
      return new Result(dir, seq, sums);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the release into " + dir, e);
    }
  }

  private Graph dcat(Path dir, LocalDate date, long seq, Map<String, String> sums) throws IOException {
    Graph g = GraphFactory.createDefaultGraph();
    Node ds = uri(iris.base() + "release/" + date);
    g.add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
    g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("Papergraph release " + date));
    g.add(ds, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
    g.add(ds, DCTerms.isVersionOf.asNode(), uri(iris.voidDataset()));
    // The feed's events up to this number are in the dump; a consumer follows the feed after it.
    g.add(ds, PG.lastSequence.asNode(), NodeFactory.createLiteralDT(Long.toString(seq), XSDDatatype.XSDlong));
    g.add(ds, DCTerms.relation.asNode(), uri(iris.base() + "changes"));
    // Record graphs hold arXiv's metadata (CC0); reference graphs keep their sources' licences.
    for (String graph : store.listGraphs()) {
      String licence = referenceLicences().get(graph);
      if (licence != null) {
        g.add(ds, DCTerms.hasPart.asNode(), uri(graph));
        g.add(uri(graph), DCTerms.license.asNode(), uri(licence));
      }
    }
    g.add(ds, DCTerms.license.asNode(), uri(CC_BY_SA));
    distribution(g, ds, dir.resolve(DUMP), sums.get(DUMP), "application/n-quads", "gzip", CC_BY_SA);
    distribution(g, ds, dir.resolve(VOID), sums.get(VOID), "text/turtle", null, CC0);
    return g;
  }

  private void distribution(Graph g, Node ds, Path file, String sha256, String mediaType, String compression, String licence) throws IOException {
    Node d = uri(iris.base() + "release/" + file.getParent().getFileName() + "/" + file.getFileName());
    g.add(ds, DCAT.distribution.asNode(), d);
    g.add(d, RDF.type.asNode(), DCAT.Distribution.asNode());
    g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralString(file.getFileName().toString()));
    g.add(d, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(Files.size(file)), XSDDatatype.XSDnonNegativeInteger));
    g.add(d, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/" + mediaType));
    if (compression != null) {
      g.add(d, DCAT.compressFormat.asNode(), uri("https://www.iana.org/assignments/media-types/application/" + compression));
    }
    g.add(d, DCTerms.license.asNode(), uri(licence));
    Node sum = NodeFactory.createBlankNode();
    g.add(d, SPDX_CHECKSUM, sum);
    g.add(sum, SPDX_ALGORITHM, SPDX_SHA256);
    g.add(sum, SPDX_VALUE, NodeFactory.createLiteralDT(sha256, XSDDatatype.XSDhexBinary));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
