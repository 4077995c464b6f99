package org.papergraph.ingest.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.core.Iris;
import org.papergraph.ingest.extract.topic.ArxivTopics;

/**
 * arXiv's category taxonomy (groups, archives, categories) as a SKOS concept scheme, from the
 * TSV in {@code seeds/reference/arxiv-taxonomy}: columns concept, prefLabel, altLabel, broader,
 * kind, module, definition, note; lines starting with '#' are comments.
 */
public final class ArxivTaxonomy {
  public static final String GRAPH_NAME = "arxiv-taxonomy";

  private ArxivTaxonomy() {}

  /** The scheme's IRI. */
  public static String scheme(Iris iris) {
    return iris.base() + "id/scheme/arxiv";
  }

  /**
   * Streams the scheme's triples to {@code out}.
   *
   * @return the number of concepts written
   * @throws IllegalArgumentException naming the line of a row that has too few columns
   */
  public static int write(Iris iris, BufferedReader tsv, StreamRDF out) {
    Node scheme = uri(scheme(iris));
    emit(out, scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
    emit(out, scheme, SKOS.prefLabel.asNode(), lit("arXiv category taxonomy"));
    emit(out, scheme, DCTerms.source.asNode(), uri("https://arxiv.org/category_taxonomy"));
    emit(out, scheme, DCTerms.license.asNode(), uri("https://opensource.org/license/mit"));
    List<ArxivTopics.Row> rows;
    try {
      rows = ArxivTopics.rows(tsv, "arXiv taxonomy");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ArxivTopics.Row row : rows) {
      Node c = uri(iris.arxivCategory(row.notation()));
      emit(out, c, RDF.type.asNode(), SKOS.Concept.asNode());
      emit(out, c, SKOS.inScheme.asNode(), scheme);
      emit(out, c, SKOS.notation.asNode(), lit(row.notation()));
      emit(out, c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(row.name(), "en"));
      for (String alias : row.aliases()) {
        emit(out, c, SKOS.altLabel.asNode(), lit(alias));
      }
      if (row.broader() == null) {
        emit(out, c, SKOS.topConceptOf.asNode(), scheme);
      } else {
        emit(out, c, SKOS.broader.asNode(), uri(iris.arxivCategory(row.broader())));
      }
      if (!row.definition().isEmpty()) {
        emit(out, c, SKOS.definition.asNode(), NodeFactory.createLiteralLang(row.definition(), "en"));
      }
      // Its twin as a topic, which a paper is filed under by its primary category (ArxivTopics).
      emit(out, c, SKOS.exactMatch.asNode(), uri(iris.topic(ArxivTopics.slug(row.notation()))));
      if ("category".equals(row.kind()) || "archive".equals(row.kind())) {
        emit(out, c, RDFS.seeAlso.asNode(), uri("https://arxiv.org/list/" + row.notation() + "/recent"));
      }
    }
    return rows.size();
  }

  private static void emit(StreamRDF out, Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
