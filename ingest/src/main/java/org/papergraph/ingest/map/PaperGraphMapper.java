package org.papergraph.ingest.map;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.extract.RepositoryLinkExtractor;
import org.papergraph.ingest.extract.RepositoryRef;
import org.papergraph.ingest.extract.topic.TopicMapper;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.record.PaperRecord;

/**
 * Turns one paper record into the triples of its named graph (model.md): the paper, its code
 * repositories and their owners, its comments as stated, and its topics.
 *
 * <p>Pure: the same record always gives the same triples, so re-ingest is idempotent.
 */
public final class PaperGraphMapper {
  private static final String DCT = Vocabularies.DCTERMS;
  private static final String SCHEMA = Vocabularies.SCHEMA;
  private static final String FOAF = Vocabularies.FOAF;

  private final Iris iris;
  private final TopicMapper topics;

  /** A mapper that assigns no topics. */
  public PaperGraphMapper(Iris iris) {
    this(iris, null);
  }

  /** A mapper that tags every paper with topics; {@code tagger} may be null for none. */
  public PaperGraphMapper(Iris iris, TopicTagger tagger) {
    this.iris = iris;
    this.topics = tagger == null ? null : new TopicMapper(iris, tagger);
  }

  public Iris iris() {
    return iris;
  }

  /** Emits the record's triples to {@code out}; does not call start or finish. */
  public void map(PaperRecord r, StreamRDF out) {
    Node paper = uri(iris.paper(r.arxivId()));
    emit(out, paper, RDF.type.asNode(), uri(SCHEMA + "ScholarlyArticle"));
    emit(out, paper, RDF.type.asNode(), uri(Vocabularies.FABIO + "Preprint"));
    emit(out, paper, uri(Vocabularies.FABIO + "hasArXivId"), literal(r.arxivId()));
    if (r.arxivVersion() != null) {
      emit(out, paper, PG.arxivVersion.asNode(), literal(r.arxivVersion()));
    }
    emit(out, paper, uri(SCHEMA + "sameAs"), uri("https://arxiv.org/abs/" + r.arxivId()));
    for (String doi : r.dois()) {
      emit(out, paper, uri(Vocabularies.PRISM + "doi"), literal(doi));
      emit(out, paper, uri(SCHEMA + "sameAs"), uri("https://doi.org/" + doi));
    }
    emit(out, paper, uri(DCT + "created"), NodeFactory.createLiteralDT(r.created().toString(), XSDDatatype.XSDdate));
    if (r.title() != null) {
      emit(out, paper, uri(DCT + "title"), literal(r.title()));
    }
    emit(out, paper, uri(DCT + "abstract"), literal(r.abstractText()));
    for (String comment : r.comments()) {
      emit(out, paper, PG.comment.asNode(), literal(comment));
    }
    mapRepositories(r, paper, out);
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
    for (RepositoryRef repo : official) {
      Node node = repository(repo, out);
      emit(out, paper, PG.hasOfficialRepository.asNode(), node);
      emit(out, paper, PG.hasRepository.asNode(), node);
    }
    for (RepositoryRef repo : mentioned) {
      Node node = repository(repo, out);
      emit(out, paper, PG.mentionsRepository.asNode(), node);
      emit(out, paper, PG.hasRepository.asNode(), node);
    }
  }

  private Node repository(RepositoryRef repo, StreamRDF out) {
    Node node = uri(iris.repository(repo.host(), repo.owner(), repo.name()));
    emit(out, node, RDF.type.asNode(), uri(SCHEMA + "SoftwareSourceCode"));
    emit(out, node, RDF.type.asNode(), uri(Vocabularies.DOAP + "GitRepository"));
    emit(out, node, uri(SCHEMA + "codeRepository"), uri(repo.url()));
    emit(out, node, uri(SCHEMA + "name"), literal(repo.name()));
    emit(out, node, PG.host.asNode(), literal(repo.host()));
    Node owner = uri(iris.owner(repo.host(), repo.owner()));
    emit(out, node, PG.owner.asNode(), owner);
    emit(out, owner, RDF.type.asNode(), uri(FOAF + "Agent"));
    emit(out, owner, uri(FOAF + "accountName"), literal(repo.owner()));
    emit(out, owner, uri(SCHEMA + "url"), uri(repo.ownerUrl()));
    emit(out, owner, PG.host.asNode(), literal(repo.host()));
    return node;
  }

  private static void emit(StreamRDF out, Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }
}
