package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The jena-text Lucene index with AND as the default operator: {@code text:query "graph neural"}
 * finds the literals holding both words, as {@link GraphStore#searchText} does, instead of
 * Lucene's default of either. Explicit operators ({@code OR}, {@code -}, {@code +}), phrases,
 * prefixes and the rest of Lucene's syntax keep their meaning.
 *
 * <p>jena-text parses queries with Lucene's classic parser and offers no setting for its default
 * operator, so each query is parsed here with AND as the default and written back in the classic
 * syntax with every operator explicit, which the OR-default parser reads as the same query. A
 * query this cannot write back (a range, say) goes through as it was written.
 */
final class AllWordsTextIndex extends TextIndexLucene {
  /**
   * Doc values of each document's subject IRI: {@link GraphStore#searchText} counts and ranks
   * subjects over thousands of hits, which reading each hit's stored fields would make slow.
   */
  static final String SUBJECT_VALUES = "subject";

  /**
   * The searcher of the last commit, shared by all searches: opening a reader per search reads
   * every segment's metadata again, which cost more than the search itself at 35k papers.
   */
  private final SearcherManager searchers;

  /**
   * Set by each commit, cleared by the search that reopens the searcher: asking Lucene whether
   * the index changed reads the whole commit point, which cost as much as a search.
   */
  private volatile boolean committed;

  private final SubjectNames subjectNames = new SubjectNames();

  private final StoredLiterals storedLiterals = new StoredLiterals();

  AllWordsTextIndex(Directory directory, TextIndexConfig config) {
    super(directory, config);
    try {
      // The super constructor has committed, so there is an index to open.
      searchers = new SearcherManager(directory, null);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the full-text index", e);
    }
  }

  /** The IRIs of the subjects of the index's segments, decoded once per segment. */
  SubjectNames subjectNames() {
    return subjectNames;
  }

  /** The stored fields of the documents searches have shown, decoded once per segment. */
  StoredLiterals storedLiterals() {
    return storedLiterals;
  }

  /** What a search does with the index's searcher. */
  @FunctionalInterface
  interface Search<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code search} on a searcher of the index's last commit: a search after a write has
   * returned sees that write, as the index commits with the data.
   */
  <T> T search(Search<T> search) {
    try {
      if (committed) {
        // Cleared first: a commit while this reopens sets it again for the next search.
        committed = false;
        searchers.maybeRefreshBlocking();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the full-text index", e);
    }
  }

  // Every commit of the index comes here: the data's transactions and the rebuild alike.
  @Override
  public void commit() {
    super.commit();
    committed = true;
  }

  @Override
  public void close() {
    try {
      searchers.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the full-text index", e);
    } finally {
      super.close();
    }
  }

  @Override
  protected Document doc(Entity entity) {
    Document doc = super.doc(entity);
    doc.add(new SortedDocValuesField(SUBJECT_VALUES, new BytesRef(entity.getId())));
    return doc;
  }

  /** What the index holds, as a store checks it at open. */
  enum Contents {
    /** No document: a new index, or one whose files were deleted. */
    EMPTY,
    /** Documents written before they carried {@link #SUBJECT_VALUES}. */
    WITHOUT_SUBJECT_VALUES,
    /** Documents as this version writes them. */
    CURRENT
  }

  /** What the index holds, from one look at it. */
  Contents contents() {
    try (DirectoryReader reader = DirectoryReader.open(getDirectory())) {
      if (reader.numDocs() == 0) {
        return Contents.EMPTY;
      }
      return FieldInfos.getMergedFieldInfos(reader).fieldInfo(SUBJECT_VALUES) != null ? Contents.CURRENT : Contents.WITHOUT_SUBJECT_VALUES;
    } catch (IndexNotFoundException e) {
      return Contents.EMPTY;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the full-text index", e);
    }
  }

  // Every other query method of TextIndexLucene, and text:query, end up here.
  @Override
  public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
    return super.query(uri, props, requireAll(qs), graphURI, lang, limit, highlight);
  }

  /** {@code qs} parsed with AND as the default operator; empty when it does not parse. */
  Optional<Query> parseRequiringAll(String qs) {
    QueryParser parser = new QueryParser(getDocDef().getPrimaryField(), getQueryAnalyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // As jena-text's own parser.
    parser.setAllowLeadingWildcard(true);
    try {
      return Optional.of(parser.parse(qs));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code qs} with every operator explicit, or as it was when that cannot be written. */
  String requireAll(String qs) {
    if (qs == null) {
      return null;
    }
    Optional<Query> parsed = parseRequiringAll(qs);
    if (parsed.isEmpty()) {
      // jena-text parses it again and reports the error in its own words.
      return qs;
    }
    StringBuilder out = new StringBuilder();
    return write(parsed.get(), out, true) ? out.toString() : qs;
  }

  /** Writes {@code q} in the classic syntax; false when it has a part that cannot be written. */
  private boolean write(Query q, StringBuilder out, boolean topLevel) {
    if (q instanceof BooleanQuery b) {
      return writeBoolean(b, out, topLevel);
    }
    if (q instanceof TermQuery t) {
      field(t.getTerm(), out).append(QueryParser.escape(t.getTerm().text()));
    } else if (q instanceof PhraseQuery p) {
      return writePhrase(p, out);
    } else if (q instanceof PrefixQuery p) {
      field(p.getPrefix(), out).append(QueryParser.escape(p.getPrefix().text())).append('*');
    } else if (q instanceof WildcardQuery w) {
      // The parser keeps a wildcard term as written, escapes included.
      field(w.getTerm(), out).append(w.getTerm().text());
    } else if (q instanceof FuzzyQuery f) {
      field(f.getTerm(), out).append(QueryParser.escape(f.getTerm().text())).append('~').append(f.getMaxEdits());
    } else if (q instanceof RegexpQuery r) {
      field(r.getRegexp(), out).append('/').append(r.getRegexp().text()).append('/');
    } else if (q instanceof BoostQuery b) {
      out.append('(');
      if (!write(b.getQuery(), out, true)) {
        return false;
      }
      out.append(")^").append(b.getBoost());
    } else if (q instanceof MatchAllDocsQuery) {
      out.append("*:*");
    } else {
      return false;
    }
    return true;
  }

  private boolean writeBoolean(BooleanQuery b, StringBuilder out, boolean topLevel) {
    if (b.clauses().isEmpty() || b.getMinimumNumberShouldMatch() != 0) {
      return false;
    }
    if (!topLevel) {
      out.append('(');
    }
    boolean first = true;
    for (BooleanClause c : b.clauses()) {
      if (!first) {
        out.append(' ');
      }
      first = false;
      switch (c.getOccur()) {
        case MUST -> out.append('+');
        case MUST_NOT -> out.append('-');
        case SHOULD -> {}
        default -> {
          return false;
        }
      }
      if (!write(c.getQuery(), out, false)) {
        return false;
      }
    }
    if (!topLevel) {
      out.append(')');
    }
    return true;
  }

  private boolean writePhrase(PhraseQuery p, StringBuilder out) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 0) {
      return false;
    }
    field(terms[0], out).append('"');
    for (int i = 0; i < terms.length; i++) {
      // A gap (a removed stop word) cannot be written back.
      if (i > 0 && (positions[i] != positions[i - 1] + 1 || !terms[i].field().equals(terms[0].field()))) {
        return false;
      }
      out.append(i == 0 ? "" : " ").append(QueryParser.escape(terms[i].text()));
    }
    out.append('"');
    if (p.getSlop() > 0) {
      out.append('~').append(p.getSlop());
    }
    return true;
  }

  private StringBuilder field(Term term, StringBuilder out) {
    if (!term.field().equals(getDocDef().getPrimaryField())) {
      out.append(QueryParser.escape(term.field())).append(':');
    }
    return out;
  }
}
