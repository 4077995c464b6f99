package org.papergraph.ingest.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.Vocabularies;

/**
 * arXiv's category taxonomy (groups, archives, categories) as a SKOS concept scheme, from the
 * TSV in {@code seeds/reference/arxiv-taxonomy}: columns concept, prefLabel, altLabel, broader,
 * kind, module, definition, note; lines starting with '#' are comments.
 */
public final class ArxivTaxonomy {
  public static final String GRAPH_NAME = "arxiv-taxonomy";
  private static final String SKOS = Vocabularies.SKOS;

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
    emit(out, scheme, RDF.type.asNode(), uri(SKOS + "ConceptScheme"));
    emit(out, scheme, uri(SKOS + "prefLabel"), lit("arXiv category taxonomy"));
    emit(out, scheme, uri(Vocabularies.DCTERMS + "source"), uri("https://arxiv.org/category_taxonomy"));
    emit(out, scheme, uri(Vocabularies.DCTERMS + "license"), uri("https://opensource.org/license/mit"));
    int concepts = 0;
    long lineNo = 0;
    try {
      for (String line; (line = tsv.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] col = line.split("\t", -1);
        if (col.length < 7) {
          throw new IllegalArgumentException("arXiv taxonomy line " + lineNo + ": " + col.length + " columns, expected at least 7");
        }
        Node c = uri(iris.arxivCategory(col[0]));
        emit(out, c, RDF.type.asNode(), uri(SKOS + "Concept"));
        emit(out, c, uri(SKOS + "inScheme"), scheme);
        emit(out, c, uri(SKOS + "notation"), lit(col[0]));
        emit(out, c, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(col[1], "en"));
        if (!col[2].isBlank()) {
          for (String alias : col[2].split("[,\\s]+")) {
            emit(out, c, uri(SKOS + "altLabel"), lit(alias));
          }
        }
        if (col[3].isBlank()) {
          emit(out, c, uri(SKOS + "topConceptOf"), scheme);
        } else {
          emit(out, c, uri(SKOS + "broader"), uri(iris.arxivCategory(col[3])));
        }
        if (!col[6].isBlank()) {
          emit(out, c, uri(SKOS + "definition"), NodeFactory.createLiteralLang(col[6].strip(), "en"));
        }
        if ("category".equals(col[4]) || "archive".equals(col[4])) {
          emit(out, c, uri(Vocabularies.RDFS + "seeAlso"), uri("https://arxiv.org/list/" + col[0] + "/recent"));
        }
        concepts++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return concepts;
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
