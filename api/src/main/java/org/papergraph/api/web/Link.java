package org.papergraph.api.web;

/**
 * A pointer from one JSON resource to another: the short id used in the API, the entity's IRI,
 * its label, and the API path where it can be read.
 */
public record Link(String id, String iri, String label, String href) {}
