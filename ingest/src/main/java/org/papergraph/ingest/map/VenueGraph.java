package org.papergraph.ingest.map;

import static org.papergraph.ingest.map.RdfOut.emit;
import static org.papergraph.ingest.map.RdfOut.literal;
import static org.papergraph.ingest.map.RdfOut.uri;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.PG;
import org.papergraph.ingest.extract.venue.VenueClaim;
import org.papergraph.ingest.extract.venue.VenueEdition;
import org.papergraph.ingest.extract.venue.VenuePart;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueSeries;

/**
 * Venues as RDF (docs/model.md): the registry as the reference graph {@code graph/reference/venues},
 * and a record's venue claims with the edition and series they resolved to. A conference series
 * is a {@code schema:EventSeries} with yearly {@code bibo:Conference} editions; a journal is a
 * {@code bibo:Journal}, which has no editions: a claim keeps the year it states as
 * {@code pg:claimedYear}, and a paper the claim puts in it is {@code dcterms:isPartOf} it. Each
 * registry series says where it comes from ({@code dcterms:source}, one line per registry, with
 * the ranks it gave).
 */
public final class VenueGraph {
  /** The name of the registry's reference graph, for {@link Iris#referenceGraph}. */
  public static final String REFERENCE_GRAPH = "venues";

  private static final Map<String, Property> RANKS = Map.of("ccf", PG.ccfRank, "core", PG.coreRank, "thcpl", PG.thcplRank);

  private final Iris iris;

  public VenueGraph(Iris iris) {
    this.iris = iris;
  }

  public String referenceGraphIri() {
    return iris.referenceGraph(REFERENCE_GRAPH);
  }

  /** Streams every series of the registry with names, ranks, dblp links and editions. */
  public void writeRegistry(VenueRegistry registry, StreamRDF out) {
    for (VenueSeries s : registry.series()) {
      Node series = seriesNode(s, out);
      if (s.fullName() != null) {
        emit(out, series, SchemaDO.name.asNode(), literal(s.fullName()));
      }
      for (String alias : s.aliases()) {
        emit(out, series, SKOS.altLabel.asNode(), literal(alias));
      }
      s.ranks().forEach((system, rank) -> emit(out, series, RANKS.get(system).asNode(), literal(rank)));
      for (String source : s.sources()) {
        emit(out, series, DCTerms.source.asNode(), literal(source));
      }
      for (String issn : s.issns()) {
        emit(out, series, BIBO.issn.asNode(), literal(issn));
      }
      for (String key : s.dblpKeys()) {
        emit(out, series, PG.dblpKey.asNode(), literal(key));
        emit(out, series, RDFS.seeAlso.asNode(), uri("https://dblp.org/streams/" + key));
      }
      for (VenueEdition e : s.journal() ? List.<VenueEdition>of() : s.editions()) {
        Node edition = editionNode(s, e.year(), out);
        if (e.dateText() != null) {
          emit(out, edition, PG.dateText.asNode(), literal(e.dateText()));
        }
        if (e.startDate() != null) {
          emit(out, edition, SchemaDO.startDate.asNode(), NodeFactory.createLiteralDT(e.startDate().toString(), XSDDatatype.XSDdate));
          emit(out, edition, SchemaDO.endDate.asNode(), NodeFactory.createLiteralDT(e.endDate().toString(), XSDDatatype.XSDdate));
        }
        if (e.place() != null) {
          emit(out, edition, SchemaDO.location.asNode(), literal(e.place()));
        }
        if (e.link() != null && webLink(e.link())) {
          emit(out, edition, SchemaDO.url.asNode(), uri(e.link()));
        }
      }
    }
  }

  /** The registry graph in memory, e.g. to put into a store. */
  public Graph registryGraph(VenueRegistry registry) {
    Graph g = GraphFactory.createDefaultGraph();
    writeRegistry(registry, StreamRDFLib.graph(g));
    return g;
  }

  /**
   * The claim node {@code {paper}#venue-claim-{n}} and what it resolved to; the paper is
   * {@code bibo:presentedAt} the edition only when the claim states a year and a presentation
   * (accepted, published, to appear, workshop).
   */
  public void writeClaim(Node paper, int n, VenueClaim claim, StreamRDF out) {
    Node node = uri(paper.getURI() + "#venue-claim-" + n);
    emit(out, paper, PG.venueClaim.asNode(), node);
    emit(out, node, RDF.type.asNode(), PG.VenueClaim.asNode());
    emit(out, node, PG.rawText.asNode(), literal(claim.rawText()));
    emit(out, node, PG.venueStatus.asNode(), claim.status().term().asNode());
    VenueSeries s = claim.series();
    Node series = seriesNode(s, out);
    emit(out, node, PG.claimedSeries.asNode(), series);
    if (s.provisional()) {
      if (s.fullName() != null) {
        emit(out, series, SchemaDO.name.asNode(), literal(s.fullName())); // none for "accepted at EDHPC 2025"
      }
      emit(out, series, PG.provisional.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
      for (String issn : s.issns()) {
        emit(out, series, BIBO.issn.asNode(), literal(issn)); // as the statement gives it
      }
    }
    if (s.journal()) {
      if (claim.year() != null) {
        emit(out, node, PG.claimedYear.asNode(), NodeFactory.createLiteralDT(Integer.toString(claim.year()), XSDDatatype.XSDgYear));
      }
      if (claim.status().presented()) {
        emit(out, paper, DCTerms.isPartOf.asNode(), series);
      }
      return;
    }
    if (claim.year() == null) {
      return; // no year stated: the claim names the series only
    }
    Node edition = editionNode(s, claim.year(), out);
    emit(out, node, PG.claimedVenue.asNode(), edition);
    if (s.provisional()) {
      emit(out, edition, PG.provisional.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }
    if (claim.part() != null) {
      emit(out, node, PG.claimedPart.asNode(), partNode(s, claim.year(), claim.part(), edition, out));
    }
    if (claim.status().presented()) {
      emit(out, paper, BIBO.presentedAt.asNode(), edition);
    }
  }

  /**
   * A workshop held at an edition ({@code bibo:Workshop}) or a track of it ({@code schema:Event},
   * "Findings"), {@code dcterms:isPartOf} the edition: {@code id/venue/{series}/{year}/{part}}.
   */
  private Node partNode(VenueSeries s, int year, VenuePart part, Node edition, StreamRDF out) {
    Node node = uri(iris.venueEdition(s.slug(), year) + "/" + part.slug());
    emit(out, node, RDF.type.asNode(), (part.kind() == VenuePart.Kind.WORKSHOP ? BIBO.Workshop : SchemaDO.Event).asNode());
    emit(out, node, DCTerms.isPartOf.asNode(), edition);
    emit(out, node, SKOS.prefLabel.asNode(), literal(part.label()));
    String name = part.name() != null ? part.name() : part.acronym();
    emit(out, node, SchemaDO.name.asNode(), literal(part.kind() == VenuePart.Kind.TRACK ? name + " of " + s.acronym() + " " + year : name));
    return node;
  }

  private Node seriesNode(VenueSeries s, StreamRDF out) {
    Node series = uri(iris.venue(s.slug()));
    emit(out, series, RDF.type.asNode(), (s.journal() ? BIBO.Journal : SchemaDO.EventSeries).asNode());
    emit(out, series, SKOS.prefLabel.asNode(), literal(s.acronym()));
    return series;
  }

  private Node editionNode(VenueSeries s, int year, StreamRDF out) {
    Node edition = uri(iris.venueEdition(s.slug(), year));
    emit(out, edition, RDF.type.asNode(), BIBO.Conference.asNode());
    emit(out, edition, SchemaDO.superEvent.asNode(), uri(iris.venue(s.slug())));
    emit(out, edition, PG.year.asNode(), NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear));
    emit(out, edition, SchemaDO.name.asNode(), literal(s.acronym() + " " + year));
    return edition;
  }

  private static boolean webLink(String link) {
    try {
      URI u = new URI(link);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

}
