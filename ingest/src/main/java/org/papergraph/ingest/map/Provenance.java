package org.papergraph.ingest.map;

import static org.papergraph.ingest.map.RdfOut.emit;
import static org.papergraph.ingest.map.RdfOut.literal;
import static org.papergraph.ingest.map.RdfOut.uri;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.core.Iris;
import org.papergraph.core.Software;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.PROV;
import org.papergraph.ingest.record.SourceLocation;

/**
 * The PROV-O triples of an ingest: in each record's graph, where the record came from, when and
 * by which run it was written and the hash of its content; in the run's own graph, the run with
 * its times, its input, the software that ran it and its counts.
 */
public final class Provenance {

  /** What one ingest run did, as its graph states it. */
  public record Run(
      String runIri, String sourceName, Instant started, Instant ended,
      long read, long added, long replaced, long unchanged, long rejected) {}

  private final Iris iris;

  public Provenance(Iris iris) {
    this.iris = iris;
  }

  /**
   * Emits the provenance of the record {@code arxivId}'s graph, read at {@code source}, to go
   * into that graph beside the record's content.
   *
   * @param contentHash the hash of the content the mapper wrote, without these triples
   */
  public void writeRecord(String arxivId, SourceLocation source, String runIri, Instant started, String contentHash, StreamRDF out) {
    Node g = uri(iris.paperGraph(arxivId));
    Node from = NodeFactory.createBlankNode();
    emit(out, g, RDF.type.asNode(), PROV.Entity.asNode());
    emit(out, g, PROV.wasDerivedFrom.asNode(), from);
    emit(out, from, RDF.type.asNode(), PG.SourceLocation.asNode());
    emit(out, from, PG.sourceFile.asNode(), literal(source.file()));
    emit(out, from, PG.sourceLine.asNode(), integer(source.line()));
    emit(out, g, PROV.generatedAtTime.asNode(), dateTime(started));
    emit(out, g, PROV.wasGeneratedBy.asNode(), uri(runIri));
    emit(out, g, PG.contentHash.asNode(), literal(contentHash));
  }

  /** Emits the triples of the run's own graph, named by its IRI. */
  public void writeRun(Run run, StreamRDF out) {
    Node r = uri(run.runIri());
    Node agent = NodeFactory.createBlankNode();
    emit(out, r, RDF.type.asNode(), PROV.Activity.asNode());
    emit(out, r, RDF.type.asNode(), PG.IngestRun.asNode());
    emit(out, r, PROV.startedAtTime.asNode(), dateTime(run.started()));
    emit(out, r, PROV.endedAtTime.asNode(), dateTime(run.ended()));
    emit(out, r, PG.sourceFile.asNode(), literal(run.sourceName()));
    emit(out, r, PROV.wasAssociatedWith.asNode(), agent);
    emit(out, agent, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
    emit(out, agent, SchemaDO.name.asNode(), literal(Software.NAME));
    emit(out, agent, SchemaDO.softwareVersion.asNode(), literal(Software.version()));
    emit(out, r, PG.recordsRead.asNode(), integer(run.read()));
    emit(out, r, PG.recordsAdded.asNode(), integer(run.added()));
    emit(out, r, PG.recordsReplaced.asNode(), integer(run.replaced()));
    emit(out, r, PG.recordsUnchanged.asNode(), integer(run.unchanged()));
    emit(out, r, PG.recordsRejected.asNode(), integer(run.rejected()));
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node dateTime(Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }
}
