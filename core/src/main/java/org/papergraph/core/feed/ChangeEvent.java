package org.papergraph.core.feed;

import java.time.Instant;
import org.papergraph.core.store.GraphChange;

/**
 * One event of the change feed: what one write did to one named graph.
 *
 * @param sequence the event's position in the feed, from 1, one more than the event before it
 * @param time when the write that made it committed (its transaction's time, as the hook saw it)
 * @param kind create, update or delete of the graph
 * @param graph the graph's IRI
 * @param paper the paper a record graph describes, or null for any other graph
 * @param contentHash the record graph's {@code pg:contentHash} after the write, or null
 * @param ingestRun the ingest run that wrote the record graph ({@code prov:wasGeneratedBy}), or null
 * @param patch the change as RDF Patch text over the graph's triples (no graph term): the triples
 *     deleted, then those added; empty when {@code patchComplete} is false. A create's patch as
 *     the journal reads it, and empty in the event its write journals: the journal defers it to
 *     the graph's content (see {@link ChangeJournal}); empty too in the events a page reads
 *     ({@link ChangeJournal#eventsWithoutPatches})
 * @param patchComplete false when the write was too large to keep its triples (for a create:
 *     when the graph's next write was): the consumer re-reads the graph instead
 */
public record ChangeEvent(
    long sequence, Instant time, GraphChange.Kind kind, String graph, String paper,
    String contentHash, String ingestRun, String patch, boolean patchComplete) {}
