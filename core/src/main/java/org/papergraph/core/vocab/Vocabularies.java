package org.papergraph.core.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The standard vocabularies of the graph model, with the prefixes used in every output. */
public final class Vocabularies {
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String FABIO = "http://purl.org/spar/fabio/";
  public static final String BIBO = "http://purl.org/ontology/bibo/";
  public static final String PRISM = "http://prismstandard.org/namespaces/basic/2.0/";
  public static final String SCHEMA = "https://schema.org/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String DOAP = "http://usefulinc.com/ns/doap#";
  public static final String FOAF = "http://xmlns.com/foaf/0.1/";
  public static final String VOID = "http://rdfs.org/ns/void#";
  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  public static final String CITO = "http://purl.org/spar/cito/";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

  private static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefix("pg", PG.NS)
          .setNsPrefix("dcterms", DCTERMS)
          .setNsPrefix("fabio", FABIO)
          .setNsPrefix("bibo", BIBO)
          .setNsPrefix("prism", PRISM)
          .setNsPrefix("schema", SCHEMA)
          .setNsPrefix("skos", SKOS)
          .setNsPrefix("prov", PROV)
          .setNsPrefix("doap", DOAP)
          .setNsPrefix("foaf", FOAF)
          .setNsPrefix("void", VOID)
          .setNsPrefix("dcat", DCAT)
          .setNsPrefix("sd", SD)
          .setNsPrefix("cito", CITO)
          .setNsPrefix("xsd", XSD)
          .setNsPrefix("rdf", RDF)
          .setNsPrefix("rdfs", RDFS)
          .lock();

  private Vocabularies() {}

  /** A locked mapping; copy it before adding to it. */
  public static PrefixMapping prefixes() {
    return PREFIXES;
  }

  /** The prefixes as SPARQL {@code PREFIX} lines, to put in front of a query text. */
  public static String sparqlPrologue() {
    StringBuilder sb = new StringBuilder();
    PREFIXES.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return sb.toString();
  }
}
