package org.papergraph.core.store;

/**
 * One subject found by a full-text search.
 *
 * @param subject the IRI of the resource whose literal matched
 * @param score the Lucene relevance score of its best-matching literal
 * @param graph the named graph that holds that literal
 * @param property the IRI of the matching literal's property
 * @param literal the lexical form of the best-matching literal
 */
public record TextMatch(String subject, float score, String graph, String property, String literal) {}
