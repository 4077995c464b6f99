package org.papergraph.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Highlights the words of a search in a literal: each word of the literal (as the index's
 * analyzer splits it) that is one of the query's terms, or starts with one of its prefixes, is
 * marked. Lucene's {@code QueryScorer} does the same for the queries {@link GraphStore#searchText}
 * runs (words and prefixes, no phrases), but builds an in-memory index of every literal to do it,
 * which cost more than the search itself.
 */
final class TermHighlighter {
  private final Set<String> terms = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();
  private final Analyzer analyzer;

  TermHighlighter(Query query, Analyzer analyzer) {
    this.analyzer = analyzer;
    collect(query);
  }

  private void collect(Query q) {
    if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          collect(c.getQuery());
        }
      }
    } else if (q instanceof BoostQuery b) {
      collect(b.getQuery());
    } else if (q instanceof TermQuery t) {
      terms.add(t.getTerm().text());
    } else if (q instanceof PrefixQuery p) {
      prefixes.add(p.getPrefix().text());
    } else if (q instanceof PhraseQuery p) {
      for (var t : p.getTerms()) {
        terms.add(t.text());
      }
    }
  }

  /** The best passage of {@code literal}, marked and escaped, "…" where it was cut; null when nothing in it matches. */
  String passage(String literal) {
    // A highlighter and its scorer keep state while they work: one per use.
    Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), Highlights::escape, new Words());
    highlighter.setTextFragmenter(new SimpleFragmenter(Highlights.WIDTH));
    String passage;
    try {
      passage = highlighter.getBestFragment(analyzer, TextIndexing.TEXT_FIELD, literal);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("could not highlight a full-text match", e);
    }
    if (passage == null) {
      return null;
    }
    String plain = Highlights.unescape(passage.replace("<em>", "").replace("</em>", "")).strip();
    String stripped = literal.strip();
    return (stripped.startsWith(plain) ? "" : "…") + passage.strip() + (stripped.endsWith(plain) ? "" : "…");
  }

  private boolean matches(String word) {
    if (terms.contains(word)) {
      return true;
    }
    for (String p : prefixes) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Scores a word 1 when it matches; a passage by how many different words of the search it holds. */
  private final class Words implements Scorer {
    private CharTermAttribute term;
    private final Set<String> inFragment = new HashSet<>();

    @Override
    public TokenStream init(TokenStream tokenStream) {
      term = tokenStream.addAttribute(CharTermAttribute.class);
      return null;
    }

    @Override
    public void startFragment(TextFragment newFragment) {
      inFragment.clear();
    }

    @Override
    public float getTokenScore() {
      String word = term.toString();
      if (!matches(word)) {
        return 0;
      }
      inFragment.add(word);
      return 1;
    }

    @Override
    public float getFragmentScore() {
      return inFragment.size();
    }
  }
}
