package org.papergraph.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class PGVocabularyTest {
  @Test
  void everyTermInPGIsDeclaredWithLabelAndComment() throws Exception {
    Model vocab = ModelFactory.createDefaultModel();
    RDFParser.source(PG.class.getResourceAsStream("papergraph.ttl")).lang(Lang.TURTLE).parse(vocab);
    int terms = 0;
    for (Field f : PG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource term) {
        assertThat(vocab.contains(term, RDFS.label)).as("label of %s", term).isTrue();
        assertThat(vocab.contains(term, RDFS.comment)).as("comment of %s", term).isTrue();
        terms++;
      }
    }
    assertThat(terms).isGreaterThan(10);
  }
}
