package org.papergraph.core.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The project's own terms. The namespace is fixed and independent of the deployment's base IRI;
 * every term here is declared (label, comment, domain, range) in {@code vocab/papergraph.ttl}.
 */
public final class PG {
  public static final String NS = "https://w3id.org/papergraph/ns#";

  public static final Resource VenueClaim = resource("VenueClaim");
  public static final Resource IngestRun = resource("IngestRun");
  public static final Resource SourceLocation = resource("SourceLocation");

  // Venues: the status a venue statement states, and the registry facts about a series.
  public static final Resource VenueStatus = resource("VenueStatus");
  public static final Resource Accepted = resource("Accepted");
  public static final Resource Published = resource("Published");
  public static final Resource ToAppear = resource("ToAppear");
  public static final Resource Submitted = resource("Submitted");
  public static final Resource Workshop = resource("Workshop");
  public static final Resource UnderReview = resource("UnderReview");
  public static final Property venueStatus = property("venueStatus");
  public static final Property claimedVenue = property("claimedVenue");
  public static final Property claimedSeries = property("claimedSeries");
  public static final Property claimedYear = property("claimedYear");
  public static final Property claimedPart = property("claimedPart");
  public static final Property provisional = property("provisional");
  public static final Property year = property("year");
  public static final Property dblpKey = property("dblpKey");
  public static final Property ccfRank = property("ccfRank");
  public static final Property coreRank = property("coreRank");
  public static final Property thcplRank = property("thcplRank");
  public static final Property dateText = property("dateText");
  // Topics: qualified topic assignments and the methods that make them.
  public static final Resource TopicAssignment = resource("TopicAssignment");
  public static final Resource TopicMethod = resource("TopicMethod");
  public static final Resource CsoSyntacticMatch = resource("CsoSyntacticMatch");
  public static final Resource CsoBroaderEnhancement = resource("CsoBroaderEnhancement");
  public static final Resource PwcMethodMatch = resource("PwcMethodMatch");
  public static final Resource CuratedTopicMatch = resource("CuratedTopicMatch");
  public static final Resource PwcTaskMatch = resource("PwcTaskMatch");
  public static final Resource PrimaryCategoryTopic = resource("PrimaryCategoryTopic");
  public static final Property topicAssignment = property("topicAssignment");
  public static final Property topic = property("topic");
  public static final Property score = property("score");
  public static final Property method = property("method");
  public static final Property semanticSimilarity = property("semanticSimilarity");
  // Topics: the evidence of an assignment, the words of the paper that matched and where they stand.
  public static final Resource TopicEvidence = resource("TopicEvidence");
  public static final Resource TextPosition = resource("TextPosition");
  public static final Resource TitleText = resource("TitleText");
  public static final Resource LeadSentence = resource("LeadSentence");
  public static final Resource BodySentence = resource("BodySentence");
  public static final Property evidence = property("evidence");
  public static final Property matchedText = property("matchedText");
  public static final Property textPosition = property("textPosition");
  public static final Property startOffset = property("startOffset");
  public static final Property endOffset = property("endOffset");

  // Similar papers and semantic search: SPARQL property functions over the paper vectors.
  public static final Resource PropertyFunction = resource("PropertyFunction");
  public static final Property similarTo = property("similarTo");
  public static final Property paperCounts = property("paperCounts");
  public static final Property semanticQuery = property("semanticQuery");

  public static final Property hasRepository = property("hasRepository");
  public static final Property hasOfficialRepository = property("hasOfficialRepository");
  public static final Property mentionsRepository = property("mentionsRepository");
  public static final Property owner = property("owner");
  public static final Property host = property("host");
  public static final Property arxivVersion = property("arxivVersion");
  public static final Property venueClaim = property("venueClaim");
  public static final Property comment = property("comment");
  public static final Property rawText = property("rawText");
  public static final Property sourceFile = property("sourceFile");
  public static final Property sourceLine = property("sourceLine");
  public static final Property seedsLoadedAt = property("seedsLoadedAt");
  public static final Property contentHash = property("contentHash");
  public static final Property arxivCategory = property("arxivCategory");
  public static final Property primaryArxivCategory = property("primaryArxivCategory");
  public static final Property versionLabel = property("versionLabel");
  public static final Property recordsRead = property("recordsRead");
  public static final Property recordsAdded = property("recordsAdded");
  public static final Property recordsReplaced = property("recordsReplaced");
  public static final Property recordsUnchanged = property("recordsUnchanged");
  public static final Property recordsRejected = property("recordsRejected");
  // The VoID statistics: which maintenance scheme wrote the stored description.
  public static final Property statisticsVersion = property("statisticsVersion");
  public static final Property namedGraphs = property("namedGraphs");

  // The change feed: each write's events in the journal graph.
  public static final Property sequence = property("sequence");
  public static final Property lastSequence = property("lastSequence");
  public static final Property rdfPatch = property("rdfPatch");
  public static final Property patchComplete = property("patchComplete");
  // A Create event's patch is the graph's content until the graph next changes: the journal
  // says so instead of copying the content into the event (see ChangeJournal).
  public static final Property deferredPatch = property("deferredPatch");

  private PG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
