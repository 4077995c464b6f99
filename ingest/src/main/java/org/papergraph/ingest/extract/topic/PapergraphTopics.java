package org.papergraph.ingest.extract.topic;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads Papergraph's own vocabulary of current topics, a SKOS concept scheme in Turtle, into a
 * {@link TopicScheme}. It names subjects of today's papers that CSO (2018 to 2021) and the
 * Papers with Code list (2022) lack: vision-language models, Gaussian splatting, jailbreaking.
 *
 * <p>Each concept has an IRI in {@value #CONCEPT_NS}, whose local name is its slug (it must not
 * be the slug of a CSO or Papers with Code concept), an English {@code skos:prefLabel}, {@code
 * skos:altLabel}s (an acronym among them, "VLM", is matched as written) and {@code
 * skos:broader} links to CSO topics (by their CSO IRI) or to its own concepts; {@code
 * skos:closeMatch} links to a CSO topic that names nearly the same idea are kept as matches.
 * The scheme carries its title, licence, source and credit.
 */
public final class PapergraphTopics {
  public static final String NAME = "papergraph-topics";
  static final String CONCEPT_NS = "https://w3id.org/papergraph/topic/";

  private PapergraphTopics() {}

  /** Reads the Turtle file; {@code cso} and {@code pwc} give the topics it links to and the slugs it must not take. */
  public static TopicScheme load(InputStream in, String sourceName, TopicScheme cso, TopicScheme pwc) {
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(in).lang(Lang.TURTLE).base(CONCEPT_NS).parse(m);
    } catch (RiotException e) {
      throw new IllegalArgumentException(sourceName + ": not valid Turtle: " + e.getMessage(), e);
    }
    List<Resource> schemes = m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
    if (schemes.size() != 1) {
      throw new IllegalArgumentException(sourceName + ": expected one skos:ConceptScheme, found " + schemes.size());
    }
    Resource scheme = schemes.get(0);
    Map<String, String> csoByIri = new HashMap<>();
    for (TopicConcept c : cso.concepts()) {
      csoByIri.put(c.sourceIri(), c.slug());
    }
    List<TopicConcept> concepts = new ArrayList<>();
    for (Resource c : m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
      String where = sourceName + ": <" + c.getURI() + ">";
      String slug = slug(c, where);
      if (cso.concept(slug) != null || pwc.concept(slug) != null) {
        throw new IllegalArgumentException(where + ": the slug " + slug + " is already a CSO or Papers with Code topic");
      }
      List<String> pref = labels(c, SKOS.prefLabel);
      if (pref.size() != 1) {
        throw new IllegalArgumentException(where + ": needs exactly one English skos:prefLabel");
      }
      List<String> broader = new ArrayList<>();
      for (Statement s : c.listProperties(SKOS.broader).toList()) {
        String iri = iri(s.getObject(), where + " skos:broader");
        if (iri.startsWith(CONCEPT_NS)) {
          broader.add(slug(s.getObject().asResource(), where + " skos:broader"));
        } else if (csoByIri.containsKey(iri)) {
          broader.add(csoByIri.get(iri));
        } else {
          throw new IllegalArgumentException(where + ": skos:broader <" + iri + "> is neither a concept of this scheme nor a preferred CSO topic");
        }
      }
      List<String> close = new ArrayList<>();
      for (Statement s : c.listProperties(SKOS.closeMatch).toList()) {
        String iri = iri(s.getObject(), where + " skos:closeMatch");
        if (iri.startsWith(CsoOntology.TOPIC_NS) && !csoByIri.containsKey(iri)) {
          throw new IllegalArgumentException(where + ": skos:closeMatch <" + iri + "> is not a preferred CSO topic");
        }
        close.add(iri);
      }
      concepts.add(new TopicConcept(slug, c.getURI(), pref.get(0), labels(c, SKOS.altLabel), broader.stream().sorted().toList(), List.of(), close));
    }
    for (TopicConcept c : concepts) {
      for (String b : c.broader()) {
        if (cso.concept(b) == null && concepts.stream().noneMatch(o -> o.slug().equals(b))) {
          throw new IllegalArgumentException(sourceName + ": " + c.slug() + " is narrower than " + b + ", which the file does not declare a skos:Concept");
        }
      }
    }
    concepts.sort(Comparator.comparing(TopicConcept::slug));
    return new TopicScheme(
        NAME,
        literal(scheme, DCTerms.title, sourceName),
        iri(scheme.getProperty(DCTerms.license) == null ? null : scheme.getProperty(DCTerms.license).getObject(), sourceName + ": the scheme's dcterms:license"),
        iri(scheme.getProperty(DCTerms.source) == null ? null : scheme.getProperty(DCTerms.source).getObject(), sourceName + ": the scheme's dcterms:source"),
        literal(scheme, DCTerms.bibliographicCitation, sourceName),
        concepts);
  }

  /** Acronyms ("LLM", "ViT", "LoRA", "3DGS"): one word of letters and digits, two capitals or more ("text-to-SQL" is not one). */
  static boolean isAcronym(String label) {
    return label.length() >= 2 && label.chars().filter(Character::isUpperCase).count() >= 2 && label.chars().allMatch(Character::isLetterOrDigit);
  }

  private static String slug(Resource c, String where) {
    if (!c.isURIResource() || !c.getURI().startsWith(CONCEPT_NS) || c.getURI().length() == CONCEPT_NS.length()) {
      throw new IllegalArgumentException(where + ": a concept's IRI must lie in " + CONCEPT_NS);
    }
    String local = c.getURI().substring(CONCEPT_NS.length());
    if (!local.equals(Slugs.of(local))) {
      throw new IllegalArgumentException(where + ": the local name must be a slug (lower case, words joined by '-'): " + local);
    }
    return local;
  }

  private static List<String> labels(Resource c, org.apache.jena.rdf.model.Property p) {
    List<String> out = new ArrayList<>();
    for (Statement s : c.listProperties(p).toList()) {
      if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals("en")) {
        out.add(s.getLiteral().getLexicalForm().strip());
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static String literal(Resource scheme, org.apache.jena.rdf.model.Property p, String sourceName) {
    Statement s = scheme.getProperty(p);
    if (s == null || !s.getObject().isLiteral()) {
      throw new IllegalArgumentException(sourceName + ": the scheme needs a literal " + p.getLocalName());
    }
    Literal l = s.getLiteral();
    return l.getLexicalForm();
  }

  private static String iri(RDFNode node, String where) {
    if (node == null || !node.isURIResource()) {
      throw new IllegalArgumentException(where + ": expected an IRI");
    }
    return node.asResource().getURI();
  }
}
