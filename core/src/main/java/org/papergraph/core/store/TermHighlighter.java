package org.papergraph.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
  private final CharArraySet terms = new CharArraySet(8, false);
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

  /**
   * The best passage of {@code literal}, marked and escaped, "…" where it was cut; null when
   * nothing in it matches. The same passage as Lucene's {@code Highlighter} with a
   * {@code SimpleFragmenter} of {@link Highlights#WIDTH} characters picks ({@link #lucenePassage}),
   * but only the chosen passage is escaped and marked: the highlighter built the marked-up copy of
   * the whole literal, a string per word, to show 160 characters of it.
   */
  String passage(String literal) {
    if (literal.length() > Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE) {
      // Lucene stops reading such a literal part way; rare enough to leave to it.
      return lucenePassage(literal);
    }
    Tokens tokens = tokens(literal);
    if (tokens == null) {
      return lucenePassage(literal);
    }
    int[] best = Passages.best(tokens.starts, tokens.ends, tokens.words, tokens.count, literal.length(), Highlights.WIDTH);
    if (best == null) {
      return null;
    }
    return trimmed(literal, render(literal, tokens, best[0], best[1]));
  }

  /** {@link #passage} as Lucene's {@code Highlighter} makes it: the reference the fast path is checked against. */
  String lucenePassage(String literal) {
    // A highlighter and its scorer keep state while they work: one per use.
    Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), Highlights::escape, new Words());
    highlighter.setTextFragmenter(new SimpleFragmenter(Highlights.WIDTH));
    String passage;
    try {
      passage = highlighter.getBestFragment(analyzer, TextIndexing.TEXT_FIELD, literal);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("could not highlight a full-text match", e);
    }
    return passage == null ? null : trimmed(literal, passage);
  }

  /** {@code passage} stripped, with "…" at each end where it does not reach the end of the literal. */
  private static String trimmed(String literal, String passage) {
    String plain = Highlights.unescape(passage.replace("<em>", "").replace("</em>", "")).strip();
    String stripped = literal.strip();
    return (stripped.startsWith(plain) ? "" : "…") + passage.strip() + (stripped.endsWith(plain) ? "" : "…");
  }

  /**
   * The words of {@code literal} as the analyzer splits it: offsets, and for each word that
   * matches, the word (null for the others). Null when two words overlap, which the passage
   * choice does not handle (the standard analyzer never makes such words).
   */
  private Tokens tokens(String literal) {
    Tokens t = new Tokens();
    try (TokenStream stream = analyzer.tokenStream(TextIndexing.TEXT_FIELD, literal)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (end > literal.length() || start > literal.length() || (t.count > 0 && start < t.ends[t.count - 1])) {
          stream.end();
          return null;
        }
        t.add(start, end, matches(term.buffer(), term.length()) ? term.toString() : null);
      }
      stream.end();
    } catch (IOException e) {
      throw new IllegalStateException("could not highlight a full-text match", e);
    }
    return t;
  }

  /** {@code literal[from, to)} escaped, each matching word in it wrapped in {@code <em>}. */
  private static String render(String literal, Tokens tokens, int from, int to) {
    StringBuilder out = new StringBuilder(to - from + 32);
    int at = from;
    for (int i = 0; i < tokens.count; i++) {
      if (tokens.words[i] == null || tokens.starts[i] < from || tokens.ends[i] > to) {
        continue;
      }
      Highlights.escape(literal, at, tokens.starts[i], out);
      out.append("<em>");
      Highlights.escape(literal, tokens.starts[i], tokens.ends[i], out);
      out.append("</em>");
      at = tokens.ends[i];
    }
    Highlights.escape(literal, at, to, out);
    return out.toString();
  }

  /** The words of one literal. */
  private static final class Tokens {
    int[] starts = new int[64];
    int[] ends = new int[64];
    String[] words = new String[64];
    int count;

    void add(int start, int end, String word) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        words = Arrays.copyOf(words, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      words[count++] = word;
    }
  }

  private boolean matches(char[] word, int length) {
    if (terms.contains(word, 0, length)) {
      return true;
    }
    for (String p : prefixes) {
      if (startsWith(word, length, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] word, int length, String prefix) {
    if (prefix.length() > length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (word[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String word) {
    return matches(word.toCharArray(), word.length());
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
