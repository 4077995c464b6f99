package org.papergraph.ingest.extract.topic;

import static org.papergraph.ingest.binary.BinaryFields.readRequiredString;
import static org.papergraph.ingest.binary.BinaryFields.readSize;
import static org.papergraph.ingest.binary.BinaryFields.readString;
import static org.papergraph.ingest.binary.BinaryFields.readStrings;
import static org.papergraph.ingest.binary.BinaryFields.writeString;
import static org.papergraph.ingest.binary.BinaryFields.writeStrings;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TopicScheme} as binary fields, concepts in the scheme's own order: what the parsers
 * made, kept so that it need not be parsed again (see {@link TopicReference#writeTo}).
 */
final class TopicSchemeCodec {
  private TopicSchemeCodec() {}

  static void write(TopicScheme scheme, DataOutput out) throws IOException {
    writeString(out, scheme.name());
    writeString(out, scheme.title());
    writeString(out, scheme.licence());
    writeString(out, scheme.source());
    writeString(out, scheme.credit());
    out.writeInt(scheme.size());
    for (TopicConcept c : scheme.concepts()) {
      writeString(out, c.slug());
      writeString(out, c.sourceIri());
      writeString(out, c.prefLabel());
      writeStrings(out, c.altLabels());
      writeStrings(out, c.broader());
      writeStrings(out, c.related());
      writeStrings(out, c.closeMatches());
    }
  }

  static TopicScheme read(DataInput in) throws IOException {
    String name = readRequiredString(in, "a topic scheme's name");
    String title = readString(in);
    String licence = readString(in);
    String source = readString(in);
    String credit = readString(in);
    int n = readSize(in, "concept list");
    List<TopicConcept> concepts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      concepts.add(new TopicConcept(
          readRequiredString(in, "a concept's slug"),
          readRequiredString(in, "a concept's source IRI"),
          readRequiredString(in, "a concept's label"),
          readStrings(in),
          readStrings(in),
          readStrings(in),
          readStrings(in)));
    }
    return new TopicScheme(name, title, licence, source, credit, concepts);
  }
}
