package org.papergraph.ingest.map;

import java.util.ArrayList;
import static org.papergraph.ingest.map.RdfOut.emit;
import static org.papergraph.ingest.map.RdfOut.literal;
import static org.papergraph.ingest.map.RdfOut.uri;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.DOAP;
import org.papergraph.core.vocab.FABIO;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.PRISM;
import org.papergraph.ingest.extract.RepositoryLinkExtractor;
import org.papergraph.ingest.extract.RepositoryRef;
import org.papergraph.ingest.extract.RepositorySpelling;
import org.papergraph.ingest.extract.venue.VenueClaim;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.record.PaperRecord;

/**
 * Turns one paper record into the triples of its named graph (docs/model.md): the paper, its code
 * repositories and their owners, its comments as stated, the venue claims the comments make
 * (when a {@link VenueResolver} is given) and its topics (when a {@link TopicTagger} is given).
 *
 * <p>Pure: the same record always gives the same triples, so re-ingest is idempotent.
 */
public final class PaperGraphMapper {

  private final Iris iris;
  private final VenueResolver venues;
  private final VenueGraph venueGraph;
  private final TopicMapper topics;

  /** A mapper that keeps comments as text only, resolves no venues and assigns no topics. */
  public PaperGraphMapper(Iris iris) {
    this(iris, null, null);
  }

  /** A mapper that also resolves the venue statements in comments. */
  public PaperGraphMapper(Iris iris, VenueResolver venues) {
    this(iris, venues, null);
  }

  /** A mapper that also tags every paper with topics. */
  public PaperGraphMapper(Iris iris, TopicTagger tagger) {
    this(iris, null, tagger);
  }

  /** The full mapper; {@code venues} and {@code tagger} may each be null for none. */
  public PaperGraphMapper(Iris iris, VenueResolver venues, TopicTagger tagger) {
    this.iris = iris;
    this.venues = venues;
    this.venueGraph = new VenueGraph(iris);
    this.topics = tagger == null ? null : new TopicMapper(iris, tagger);
  }

  public Iris iris() {
    return iris;
  }

  /** Emits the record's triples to {@code out}; does not call start or finish. */
  public void map(PaperRecord r, StreamRDF out) {
    Node paper = uri(iris.paper(r.arxivId()));
    emit(out, paper, RDF.type.asNode(), SchemaDO.ScholarlyArticle.asNode());
    emit(out, paper, RDF.type.asNode(), FABIO.Preprint.asNode());
    emit(out, paper, FABIO.hasArXivId.asNode(), literal(r.arxivId()));
    if (r.arxivVersion() != null) {
      emit(out, paper, PG.arxivVersion.asNode(), literal(r.arxivVersion()));
    }
    emit(out, paper, SchemaDO.sameAs.asNode(), uri("https://arxiv.org/abs/" + r.arxivId()));
    for (String doi : r.dois()) {
      emit(out, paper, PRISM.doi.asNode(), literal(doi));
      emit(out, paper, SchemaDO.sameAs.asNode(), uri("https://doi.org/" + doi));
    }
    emit(out, paper, DCTerms.created.asNode(), NodeFactory.createLiteralDT(r.created().toString(), XSDDatatype.XSDdate));
    if (r.title() != null) {
      emit(out, paper, DCTerms.title.asNode(), literal(r.title()));
    }
    emit(out, paper, DCTerms.abstract_.asNode(), literal(r.abstractText()));
    for (String comment : r.comments()) {
      emit(out, paper, PG.comment.asNode(), literal(comment));
    }
    mapVenues(r, paper, out);
    mapRepositories(r, paper, out);
    mapBibliographic(r, paper, out);
    mapTopics(r, paper, out);
  }

  /** Authors, categories, journal reference, licence and versions: what bulk arXiv data adds. */
  private void mapBibliographic(PaperRecord r, Node paper, StreamRDF out) {
    List<Node> authors = new ArrayList<>();
    for (PaperRecord.Author a : r.authors()) {
      Node person = uri(iris.person(Iris.personKey(a.fullName())));
      authors.add(person);
      emit(out, paper, DCTerms.creator.asNode(), person);
      emit(out, person, RDF.type.asNode(), FOAF.Person.asNode());
      emit(out, person, FOAF.name.asNode(), literal(a.fullName()));
      emit(out, person, FOAF.familyName.asNode(), literal(a.family()));
      if (a.given() != null) {
        emit(out, person, FOAF.givenName.asNode(), literal(a.given()));
      }
    }
    if (!authors.isEmpty()) {
      // bibo:authorList keeps the order that dcterms:creator cannot.
      Node list = RDF.nil.asNode();
      for (int i = authors.size() - 1; i >= 0; i--) {
        Node cell = NodeFactory.createURI(iris.paper(r.arxivId()) + "#authors-" + (i + 1));
        emit(out, cell, RDF.first.asNode(), authors.get(i));
        emit(out, cell, RDF.rest.asNode(), list);
        list = cell;
      }
      emit(out, paper, BIBO.authorList.asNode(), list);
    }
    for (int i = 0; i < r.categories().size(); i++) {
      Node category = uri(iris.arxivCategory(r.categories().get(i)));
      emit(out, paper, PG.arxivCategory.asNode(), category);
      if (i == 0) {
        emit(out, paper, PG.primaryArxivCategory.asNode(), category);
      }
    }
    if (r.journalRef() != null) {
      emit(out, paper, DCTerms.bibliographicCitation.asNode(), literal(r.journalRef()));
    }
    if (r.license() != null && r.license().matches("https?://\\S+")) {
      emit(out, paper, DCTerms.license.asNode(), uri(r.license()));
    }
    for (PaperRecord.Version v : r.versions()) {
      Node version = uri("https://arxiv.org/abs/" + r.arxivId() + v.label());
      emit(out, paper, DCTerms.hasVersion.asNode(), version);
      emit(out, version, PG.versionLabel.asNode(), literal(v.label()));
      emit(out, version, DCTerms.dateSubmitted.asNode(), NodeFactory.createLiteralDT(v.submitted().toString(), XSDDatatype.XSDdateTime));
    }
  }

  private void mapVenues(PaperRecord r, Node paper, StreamRDF out) {
    if (venues == null) {
      return;
    }
    int n = 0;
    for (String comment : r.comments()) {
      for (VenueClaim claim : venues.resolve(comment)) {
        venueGraph.writeClaim(paper, ++n, claim, out);
      }
    }
  }

  private void mapTopics(PaperRecord r, Node paper, StreamRDF out) {
    if (topics != null) {
      topics.map(r, paper, out);
    }
  }

  private void mapRepositories(PaperRecord r, Node paper, StreamRDF out) {
    Set<RepositoryRef> official = new LinkedHashSet<>();
    for (String link : r.codeLinks()) {
      RepositoryLinkExtractor.fromUrl(link).ifPresent(official::add);
    }
    Set<RepositoryRef> mentioned = new LinkedHashSet<>(RepositoryLinkExtractor.fromText(r.abstractText()));
    for (String comment : r.comments()) {
      mentioned.addAll(RepositoryLinkExtractor.fromText(comment));
    }
    // The code-link lines are the authors' own, so their spelling goes first.
    RepositorySpelling spelling = new RepositorySpelling();
    official.forEach(spelling::meet);
    mentioned.forEach(spelling::meet);
    for (RepositoryRef repo : official) {
      Node node = repository(spelling.of(repo), out);
      emit(out, paper, PG.hasOfficialRepository.asNode(), node);
      emit(out, paper, PG.hasRepository.asNode(), node);
    }
    for (RepositoryRef repo : mentioned) {
      Node node = repository(spelling.of(repo), out);
      emit(out, paper, PG.mentionsRepository.asNode(), node);
      emit(out, paper, PG.hasRepository.asNode(), node);
    }
  }

  private Node repository(RepositoryRef repo, StreamRDF out) {
    Node node = uri(iris.repository(repo.host(), repo.owner(), repo.name()));
    emit(out, node, RDF.type.asNode(), SchemaDO.SoftwareSourceCode.asNode());
    emit(out, node, RDF.type.asNode(), DOAP.GitRepository.asNode());
    emit(out, node, SchemaDO.codeRepository.asNode(), uri(repo.url()));
    emit(out, node, SchemaDO.name.asNode(), literal(repo.name()));
    emit(out, node, PG.host.asNode(), literal(repo.host()));
    Node owner = uri(iris.owner(repo.host(), repo.owner()));
    emit(out, node, PG.owner.asNode(), owner);
    emit(out, owner, RDF.type.asNode(), FOAF.Agent.asNode());
    emit(out, owner, FOAF.accountName.asNode(), literal(repo.owner()));
    emit(out, owner, SchemaDO.url.asNode(), uri(repo.ownerUrl()));
    emit(out, owner, PG.host.asNode(), literal(repo.host()));
    return node;
  }

}
