package org.papergraph.ingest.extract.topic;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.TopicCheck;
import org.papergraph.ingest.record.PaperRecord;

/**
 * Measures whether the cosine between a paper's abstract embedding (by the topic check's model,
 * {@link PaperEmbedder#e5Small}, as the check embeds a paper) and an assigned topic's labels
 * separates the assignments a reader judged correct from those judged wrong or too generic, on the
 * judged sets of {@link TopicEvaluation}: ROC AUC against the tagger's own score, what dropping assignments below
 * a threshold (or below a combination of score and cosine) would keep and lose, the order of a
 * paper's top 3, and what the model costs per abstract and per label. Thresholds and weights are
 * chosen on the development set (the 210) and only reported on the held-out sets.
 *
 * <p>A test-scope main, not a test. The tagger itself does not use embeddings; the rule it led to
 * ({@link TopicCheck}: score + its weight x the labels' cosine below its threshold) runs after the
 * vectors are made, and its line in the report shows it on every judged set. The grids of weights
 * below were made for all-MiniLM-L6-v2, the model of 2026-12-02, whose cosines spread wider. Run from the ingest module directory (the tagger reads {@code ../seeds});
 * the argument is where to write the per-assignment table (TSV); the report goes to standard output.
 */
public final class TopicEmbeddingCheck {
  // Same sentence end as TopicTagger.SENTENCE_END.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?<!\\b(?:e\\.g|i\\.e|al|vs|cf|Fig|Eq)[.!?])\\s+(?=[A-Z])");

  static final String[] FEATURES = {"score", "cosPref", "cosAvgLabels", "cosMaxLabel", "cosSentPref", "cosSentAvg", "cosPrefRel"};
  static final int SCORE = 0, PREF = 1, AVG = 2, MAX = 3, SENT = 4, SENTAVG = 5, REL = 6;
  static final double[] KS = {0.25, 0.5, 1, 2, 4};

  record Row(String set, String paper, int rank, TopicAssignment a, TopicEvaluation.Verdict v, String reason, boolean explicit, double[] f) {
    boolean correct() {
      return v == TopicEvaluation.Verdict.CORRECT;
    }
  }

  record SetRows(String name, int papers, List<List<Row>> byPaper) {
    List<Row> all() {
      return byPaper.stream().flatMap(List::stream).toList();
    }
  }

  static PaperEmbedder embedder;
  static final Map<String, float[]> cache = new HashMap<>();
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static long labelCpuNs, labelCount, sentenceCpuNs, sentenceCount;

  static float[] embedCached(String text, boolean label) {
    float[] v = cache.get(text);
    if (v == null) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      v = label ? embedder.embedQuery(text) : embedder.embedPassage(text);
      long dt = THREADS.getCurrentThreadCpuTime() - t0;
      if (label) {
        labelCpuNs += dt;
        labelCount++;
      } else {
        sentenceCpuNs += dt;
        sentenceCount++;
      }
      cache.put(text, v);
    }
    return v;
  }

  static double dot(float[] a, float[] b) {
    return TopicCheck.cosine(a, b);
  }

  static float[] unitMean(List<float[]> vs) {
    return TopicCheck.meanOf(vs);
  }

  static int fallbackSentences, evidenceSentences;

  /** The abstract's sentences that hold an assignment's evidence (offsets into the written abstract). */
  static List<String> evidenceSentences(String abs, TopicAssignment a) {
    List<int[]> spans = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(abs);
    int start = 0;
    while (start < abs.length()) {
      int stop = end.find() ? end.end() : abs.length();
      spans.add(new int[] {start, stop});
      start = stop;
    }
    Set<String> out = new LinkedHashSet<>();
    for (TopicEvidence e : a.evidence()) {
      if (e.part() != TopicEvidence.Part.ABSTRACT || e.start() < 0) {
        continue;
      }
      for (int[] s : spans) {
        if (e.start() >= s[0] && e.start() < s[1]) {
          out.add(abs.substring(s[0], s[1]).strip());
        }
      }
    }
    return new ArrayList<>(out);
  }

  public static void main(String[] args) throws Exception {
    Path tsv = Path.of(args.length > 0 ? args[0] : "topic-embed-assignments.tsv");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    TopicTagger tagger = TestTopics.tagger();
    embedder = PaperEmbedder.e5Small(1);
    // Warm-up (not timed): the model's first calls are slow.
    for (int i = 0; i < 10; i++) {
      embedder.embedPassage("warm-up text number " + i + " about graph neural networks for molecule property prediction.");
    }
    Map<String, TopicEvaluation.JudgedSet> sets = new LinkedHashMap<>();
    sets.put("dev-210", TopicEvaluation.DEVELOPMENT);
    for (int k = 0; k < TopicEvaluation.HELD_OUT_SETS.size(); k++) {
      sets.put("heldout-" + (k + 1), TopicEvaluation.HELD_OUT_SETS.get(k));
    }

    long absCpu = 0, absN = 0, absChars = 0;
    List<Long> absTimes = new ArrayList<>();
    long tagCpu = 0;
    Map<String, SetRows> results = new LinkedHashMap<>();
    int totalAssign = 0, unjudged = 0, implicit = 0;
    try (PrintStream t = new PrintStream(Files.newOutputStream(tsv), true, StandardCharsets.UTF_8)) {
      t.println("set\tarxiv\trank\tslug\tlabel\tmethod\tverdict\treason\texplicit\t" + String.join("\t", FEATURES) + "\tevidence_sentences");
      for (var se : sets.entrySet()) {
        Map<String, PaperRecord> records = TopicEvaluation.records(se.getValue());
        Map<String, TopicEvaluation.Paper> papers = TopicEvaluation.judgements(se.getValue());
        List<List<Row>> byPaper = new ArrayList<>();
        for (TopicEvaluation.Paper p : papers.values()) {
          PaperRecord r = records.get(p.arxivId());
          long c0 = THREADS.getCurrentThreadCpuTime();
          List<TopicAssignment> topics = TopicEvaluation.topics(tagger, r);
          tagCpu += THREADS.getCurrentThreadCpuTime() - c0;
          String text = PaperEmbedder.text(r.title(), r.abstractText());
          long t0 = THREADS.getCurrentThreadCpuTime();
          float[] av = embedder.embedPassage(text);
          long dt = THREADS.getCurrentThreadCpuTime() - t0;
          absCpu += dt;
          absTimes.add(dt);
          absN++;
          absChars += text.length();
          List<Row> rows = new ArrayList<>();
          for (int i = 0; i < topics.size(); i++) {
            TopicAssignment a = topics.get(i);
            totalAssign++;
            TopicEvaluation.Judged j = p.judge(a.slug());
            if (j == null) {
              unjudged++;
              continue;
            }
            boolean explicit = p.assigned().containsKey(a.slug());
            if (!explicit) {
              implicit++;
            }
            TopicConcept c = a.concept();
            float[] pref = embedCached(c.prefLabel(), true);
            List<float[]> lv = new ArrayList<>();
            lv.add(pref);
            double cmax = dot(av, pref);
            for (String alt : c.altLabels()) {
              float[] v = embedCached(alt, true);
              lv.add(v);
              cmax = Math.max(cmax, dot(av, v));
            }
            float[] avg = unitMean(lv);
            List<String> sents = evidenceSentences(r.abstractText(), a);
            double sp = -2, sa = -2;
            if (sents.isEmpty()) {
              fallbackSentences++;
              sp = dot(av, pref);
              sa = dot(av, avg);
            } else {
              evidenceSentences++;
              for (String s : sents) {
                float[] sv = embedCached(s, false);
                sp = Math.max(sp, dot(sv, pref));
                sa = Math.max(sa, dot(sv, avg));
              }
            }
            double[] f = new double[FEATURES.length];
            f[SCORE] = a.score();
            f[PREF] = dot(av, pref);
            f[AVG] = dot(av, avg);
            f[MAX] = cmax;
            f[SENT] = sp;
            f[SENTAVG] = sa;
            rows.add(new Row(se.getKey(), p.arxivId(), i, a, j.verdict(), j.reason(), explicit, f));
          }
          double best = rows.stream().mapToDouble(x -> x.f[PREF]).max().orElse(0);
          for (Row x : rows) {
            x.f[REL] = x.f[PREF] - best;
            StringBuilder sb = new StringBuilder();
            sb.append(x.set).append('\t').append(x.paper).append('\t').append(x.rank + 1).append('\t').append(x.a.slug()).append('\t')
                .append(x.a.label()).append('\t').append(x.a.method().name().toLowerCase(Locale.ROOT)).append('\t')
                .append(x.v.name().toLowerCase(Locale.ROOT)).append('\t').append(x.reason.isEmpty() ? "-" : x.reason).append('\t')
                .append(x.explicit);
            for (double v : x.f) {
              sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
            }
            sb.append('\t').append(String.join(" || ", evidenceSentences(records.get(x.paper).abstractText(), x.a)).replace('\t', ' ').replace('\n', ' '));
            t.println(sb);
          }
          byPaper.add(rows);
        }
        results.put(se.getKey(), new SetRows(se.getKey(), papers.size(), byPaper));
      }
    }

    out.println("# Topic assignment vs abstract embedding (" + embedder.modelId() + ", PaperEmbedder.text(title, abstract); titles are null here)");
    out.printf(Locale.ROOT, "current assignments: %d; unjudged (ignored): %d; judged via an 'assigned' row: %d; judged only via main/acceptable rows (counted correct, as TopicEvaluation does): %d%n",
        totalAssign, unjudged, totalAssign - unjudged - implicit, implicit);
    out.printf(Locale.ROOT, "evidence sentences found for %d assignments, fell back to the abstract for %d%n%n", evidenceSentences, fallbackSentences);

    // Cost.
    long[] at = absTimes.stream().mapToLong(Long::longValue).sorted().toArray();
    out.println("## Cost (CPU time of the calling thread; the encoder runs ONNX with one intra-op thread on the caller)");
    out.printf(Locale.ROOT, "abstracts: %d, mean %.1f chars; CPU per abstract mean %.1f ms, median %.1f ms, p90 %.1f ms%n", absN, (double) absChars / absN,
        absCpu / 1e6 / absN, at[at.length / 2] / 1e6, at[(int) (at.length * 0.9)] / 1e6);
    out.printf(Locale.ROOT, "distinct labels embedded: %d; CPU per label mean %.2f ms%n", labelCount, labelCpuNs / 1e6 / Math.max(1, labelCount));
    out.printf(Locale.ROOT, "distinct evidence sentences embedded: %d; CPU per sentence mean %.2f ms%n", sentenceCount, sentenceCpuNs / 1e6 / Math.max(1, sentenceCount));
    out.printf(Locale.ROOT, "for comparison, tagger CPU per abstract: %.2f ms%n%n", tagCpu / 1e6 / absN);

    SetRows dev = results.get("dev-210");
    List<List<Row>> heldPapers = new ArrayList<>();
    List<List<Row>> laterPapers = new ArrayList<>();
    List<List<Row>> newerPapers = new ArrayList<>();
    int heldN = 0, laterN = 0, newerN = 0;
    for (var e : results.entrySet()) {
      if (e.getKey().equals("dev-210")) {
        continue;
      }
      // Samples 1-6 were judged before this check was first measured; 7-16 after it, so they are
      // unseen by the rule chosen then; 17 was drawn after the check was built, and stands alone.
      int n = Integer.parseInt(e.getKey().substring("heldout-".length()));
      if (n <= 6) {
        heldPapers.addAll(e.getValue().byPaper());
        heldN += e.getValue().papers();
      } else if (n <= 16) {
        laterPapers.addAll(e.getValue().byPaper());
        laterN += e.getValue().papers();
      } else {
        newerPapers.addAll(e.getValue().byPaper());
        newerN += e.getValue().papers();
      }
    }
    SetRows held = new SetRows("heldout-all(1-6)", heldN, heldPapers);
    SetRows later = new SetRows("heldout-7-16", laterN, laterPapers);
    List<List<Row>> allPapers = new ArrayList<>(dev.byPaper());
    allPapers.addAll(heldPapers);
    allPapers.addAll(laterPapers);
    allPapers.addAll(newerPapers);
    SetRows overall = new SetRows("overall", dev.papers() + heldN + laterN + newerN, allPapers);
    List<SetRows> report = new ArrayList<>(results.values());
    report.add(held);
    report.add(later);
    report.add(overall);
    out.println("## The topic check's rule: drop score + " + TopicCheck.WEIGHT + " * cosAvgLabels < " + TopicCheck.THRESHOLD + ", never a paper's last topic");
    printRule(out, report, x -> x.f[SCORE] + TopicCheck.WEIGHT * x.f[AVG], TopicCheck.THRESHOLD);
    out.println();

    // 1. counts and distributions.
    out.println("## Counts and cosine distributions by verdict (mean [q1 median q3])");
    for (SetRows s : report) {
      List<Row> all = s.all();
      long c = all.stream().filter(Row::correct).count();
      long g = all.stream().filter(x -> x.v == TopicEvaluation.Verdict.GENERIC).count();
      long w = all.stream().filter(x -> x.v == TopicEvaluation.Verdict.WRONG).count();
      out.printf(Locale.ROOT, "%s: papers %d, judged assignments %d: correct %d, generic %d, wrong %d (precision %.1f%%)%n", s.name(), s.papers(), all.size(), c, g, w, 100.0 * c / all.size());
      for (int fi : new int[] {SCORE, PREF, AVG, MAX, SENT, SENTAVG, REL}) {
        out.printf(Locale.ROOT, "  %-13s", FEATURES[fi]);
        for (TopicEvaluation.Verdict v : TopicEvaluation.Verdict.values()) {
          double[] xs = all.stream().filter(x -> x.v == v).mapToDouble(x -> x.f[fi]).sorted().toArray();
          out.printf(Locale.ROOT, "  %s %s", v.name().toLowerCase(Locale.ROOT), dist(xs));
        }
        out.println();
      }
    }
    out.println();
    out.println("## Wrong assignments by reason, cosPref (all sets)");
    Map<String, List<Double>> byReason = new LinkedHashMap<>();
    for (Row x : overall.all()) {
      if (x.v == TopicEvaluation.Verdict.WRONG) {
        byReason.computeIfAbsent(x.reason, k -> new ArrayList<>()).add(x.f[PREF]);
      }
    }
    byReason.forEach((r, l) -> out.printf(Locale.ROOT, "  %-20s n=%3d %s%n", r, l.size(), dist(l.stream().mapToDouble(Double::doubleValue).sorted().toArray())));
    out.println();

    // 2. AUCs.
    out.println("## ROC AUC, correct vs (wrong + generic); 95% CI by paper bootstrap (1000) for the pooled rows");
    List<String> names = new ArrayList<>();
    List<ToDoubleFunction<Row>> fns = new ArrayList<>();
    for (int fi = 0; fi < FEATURES.length; fi++) {
      int k = fi;
      names.add(FEATURES[fi]);
      fns.add(x -> x.f[k]);
    }
    for (int fi : new int[] {PREF, AVG, SENT, REL}) {
      for (double k : KS) {
        names.add("score+" + k + "*" + FEATURES[fi]);
        fns.add(x -> x.f[SCORE] + k * x.f[fi]);
      }
    }
    out.printf(Locale.ROOT, "%-28s", "feature");
    for (SetRows s : report) {
      out.printf(Locale.ROOT, " %10s", s.name().replace("heldout-all(1-6)", "held-all"));
    }
    out.println("   dev CI          held-all CI     held-all AUC-score(AUC) CI");
    for (int i = 0; i < names.size(); i++) {
      out.printf(Locale.ROOT, "%-28s", names.get(i));
      for (SetRows s : report) {
        out.printf(Locale.ROOT, " %10.3f", auc(s.all(), fns.get(i)));
      }
      double[] ciDev = bootstrap(dev.byPaper(), fns.get(i), null);
      double[] ciHeld = bootstrap(held.byPaper(), fns.get(i), null);
      double[] ciDiff = bootstrap(held.byPaper(), fns.get(i), fns.get(SCORE));
      out.printf(Locale.ROOT, "   [%.3f,%.3f]   [%.3f,%.3f]   %+.3f [%+.3f,%+.3f]%n", ciDev[0], ciDev[1], ciHeld[0], ciHeld[1], ciDiff[2], ciDiff[0], ciDiff[1]);
    }
    out.println();

    // 3. Threshold tables.
    int chosenFeature = -1;
    double chosenT = 0, bestNet = Double.NEGATIVE_INFINITY;
    for (int fi : new int[] {PREF, AVG, MAX, SENT}) {
      out.printf(Locale.ROOT, "## Drop assignments with %s < t (never a paper's last topic: if all fall below, the highest-%s one stays)%n", FEATURES[fi], FEATURES[fi]);
      int feature = fi;
      for (SetRows s : List.of(dev, held)) {
        double[] best = sweep(out, s, x -> x.f[feature], "t", 0.10, 8);
        if (s == dev && best[1] > bestNet) {
          bestNet = best[1];
          chosenFeature = fi;
          chosenT = best[0];
        }
      }
      out.println();
    }
    out.printf(Locale.ROOT, "## Rule chosen on dev-210 only (max net = G+W removed - correct lost over the four cosines and t): %s < %.2f (net %d on dev)%n",
        FEATURES[chosenFeature], chosenT, (int) bestNet);
    int ruleFeature = chosenFeature;
    printRule(out, report, x -> x.f[ruleFeature], chosenT);
    out.println();

    // 4. Top 3 all correct by ordering.
    out.println("## Top 3 all correct (share of all papers; a paper with no judged topic fails), by ordering of each paper's judged assignments");
    List<String> orderNames = new ArrayList<>(List.of("tagger order", "cosPref", "cosAvgLabels", "cosSentPref"));
    List<ToDoubleFunction<Row>> orders = new ArrayList<>();
    orders.add(x -> -x.rank);
    orders.add(x -> x.f[PREF]);
    orders.add(x -> x.f[AVG]);
    orders.add(x -> x.f[SENT]);
    for (double k : KS) {
      orderNames.add("score+" + k + "*cosPref");
      orders.add(x -> x.f[SCORE] + k * x.f[PREF] - 1e-6 * x.rank);
    }
    for (double k : KS) {
      orderNames.add("score+" + k + "*cosSentPref");
      orders.add(x -> x.f[SCORE] + k * x.f[SENT] - 1e-6 * x.rank);
    }
    out.printf(Locale.ROOT, "%-26s", "ordering");
    for (SetRows s : report) {
      out.printf(Locale.ROOT, " %10s", s.name().replace("heldout-all(1-6)", "held-all"));
    }
    out.println();
    for (int i = 0; i < orders.size(); i++) {
      out.printf(Locale.ROOT, "%-26s", orderNames.get(i));
      for (SetRows s : report) {
        out.printf(Locale.ROOT, " %9.1f%%", 100 * top3(s, orders.get(i)));
      }
      out.println();
    }
    out.println();
    // 5. Sensitivity: only assignments with an explicit 'assigned' verdict (rows counted correct via main/acceptable left out).
    out.println("## Sensitivity: AUC over explicitly judged assignments only (the implicit-correct rows from main/acceptable left out)");
    for (SetRows s : List.of(dev, held, overall)) {
      List<Row> ex = s.all().stream().filter(Row::explicit).toList();
      long c = ex.stream().filter(Row::correct).count();
      out.printf(Locale.ROOT, "%-18s n=%d (correct %d, generic+wrong %d):", s.name(), ex.size(), c, ex.size() - c);
      for (int i : new int[] {0, 1, 2, 3, 4}) {
        out.printf(Locale.ROOT, " %s=%.3f", names.get(i), auc(ex, fns.get(i)));
      }
      for (String n : List.of("score+1.0*cosPref", "score+1.0*cosAvgLabels", "score+2.0*cosAvgLabels")) {
        out.printf(Locale.ROOT, " %s=%.3f", n, auc(ex, fns.get(names.indexOf(n))));
      }
      out.println();
    }
    out.println();

    // 6. AUC of cosPref within method (overall).
    out.println("## By method (overall): n correct / bad, AUC of score, cosPref, score+1*cosAvgLabels");
    Map<String, List<Row>> byMethod = new LinkedHashMap<>();
    for (Row x : overall.all()) {
      byMethod.computeIfAbsent(x.a.method().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(x);
    }
    byMethod.forEach((m, l) -> out.printf(Locale.ROOT, "  %-15s %4d / %3d   %.3f  %.3f  %.3f%n", m, l.stream().filter(Row::correct).count(), l.stream().filter(x -> !x.correct()).count(),
        auc(l, fns.get(SCORE)), auc(l, fns.get(PREF)), auc(l, fns.get(names.indexOf("score+1.0*cosAvgLabels")))));
    out.println();

    // 7. Combination threshold: k and cosine chosen on dev by AUC, threshold by net on dev.
    String bestName = null;
    double bestAuc = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).startsWith("score+")) {
        double a = auc(dev.all(), fns.get(i));
        if (a > bestAuc) {
          bestAuc = a;
          bestName = names.get(i);
        }
      }
    }
    ToDoubleFunction<Row> comb = fns.get(names.indexOf(bestName));
    out.printf(Locale.ROOT, "## Drop assignments with %s < T (combination with the best dev AUC, %.3f); never a paper's last topic%n", bestName, bestAuc);
    double[] bestComb = sweep(out, dev, comb, "T", 0.80, 16);
    sweep(out, held, comb, "T", 0.80, 16);
    double bestT = bestComb[0];
    out.printf(Locale.ROOT, "## Combination rule chosen on dev-210 only: drop %s < %.2f (net %d on dev)%n", bestName, bestT, (int) bestComb[1]);
    printRule(out, report, comb, bestT);
    out.println();

    // 8. Paired top-3 flips against the tagger's order.
    out.println("## Top 3 all correct, paired against the tagger's order: papers gained / lost");
    for (int i = 1; i < orders.size(); i++) {
      out.printf(Locale.ROOT, "%-26s", orderNames.get(i));
      for (SetRows s : List.of(dev, held)) {
        int gained = 0, lost = 0;
        for (List<Row> p : s.byPaper()) {
          boolean a = top3ok(p, orders.get(0)), b = top3ok(p, orders.get(i));
          if (b && !a) gained++;
          if (a && !b) lost++;
        }
        out.printf(Locale.ROOT, "  %s +%d/-%d", s.name(), gained, lost);
      }
      out.println();
    }
    out.println();
    out.println("## Assignments the chosen rule drops on the held-out sets");
    for (List<Row> p : held.byPaper()) {
      Set<Row> keep = keep(p, chosenFeature, chosenT);
      for (Row x : p) {
        if (!keep.contains(x)) {
          out.printf(Locale.ROOT, "  %s %-11s %-40s %-8s %-18s %s=%.3f score=%.3f%n", x.set, x.paper, x.a.label(), x.v.name().toLowerCase(Locale.ROOT), x.reason,
              FEATURES[chosenFeature], x.f[chosenFeature], x.f[SCORE]);
        }
      }
    }
  }

  /**
   * Prints, for set {@code s} and thresholds from {@code from} in steps of 0.05, what dropping the
   * assignments with {@code fn} below each keeps, loses and removes; returns the threshold with
   * the best net (wrong or generic removed, less correct lost) and that net.
   */
  static double[] sweep(PrintStream out, SetRows s, ToDoubleFunction<Row> fn, String name, double from, int steps) {
    out.printf(Locale.ROOT, "%s: %-5s %6s %6s %8s %8s %8s %8s %8s %8s%n", s.name(), name, "kept", "prec", "recallC", "C lost", "G+W rem", "of G+W", "net", "top3ok");
    Filter base = filterBy(s, fn, -9);
    out.printf(Locale.ROOT, "   %-7s %6d %5.1f%% %7.1f%% %8d %8d %8d %8d %7.1f%%%n", "none", base.kept, 100 * base.precision(), 100.0, 0, 0, base.badTotal, 0, 100 * base.top3);
    double[] best = {from, Double.NEGATIVE_INFINITY};
    for (int ti = 0; ti <= steps; ti++) {
      double t = from + 0.05 * ti;
      Filter f = filterBy(s, fn, t);
      int net = f.badRemoved - f.correctLost;
      out.printf(Locale.ROOT, "   %-7.2f %6d %5.1f%% %7.1f%% %8d %8d %8d %8d %7.1f%%%n", t, f.kept, 100 * f.precision(), 100 * f.recall(), f.correctLost, f.badRemoved, f.badTotal, net, 100 * f.top3);
      if (net > best[1]) {
        best = new double[] {t, net};
      }
    }
    return best;
  }

  /** Per set: what dropping the assignments with {@code fn} below {@code t} keeps, loses and removes. */
  static void printRule(PrintStream out, List<SetRows> report, ToDoubleFunction<Row> fn, double t) {
    out.printf(Locale.ROOT, "%-18s %6s %6s %8s %8s %8s %8s %8s %8s %8s%n", "set", "judged", "kept", "prec0", "prec", "recallC", "C lost", "G+W rem", "of G+W", "top3 0->");
    for (SetRows s : report) {
      Filter b = filterBy(s, fn, -9);
      Filter f = filterBy(s, fn, t);
      out.printf(Locale.ROOT, "%-18s %6d %6d %7.1f%% %7.1f%% %7.1f%% %8d %8d %8d  %.1f%% -> %.1f%%%n", s.name(), b.kept, f.kept, 100 * b.precision(), 100 * f.precision(), 100 * f.recall(),
          f.correctLost, f.badRemoved, f.badTotal, 100 * b.top3, 100 * f.top3);
    }
  }

  static String dist(double[] xs) {
    if (xs.length == 0) {
      return "n=0";
    }
    double mean = Arrays.stream(xs).average().orElse(0);
    return String.format(Locale.ROOT, "%.3f [%.3f %.3f %.3f]", mean, q(xs, 0.25), q(xs, 0.5), q(xs, 0.75));
  }

  static double q(double[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Mann-Whitney AUC, ties counted half. */
  static double auc(List<Row> rows, ToDoubleFunction<Row> f) {
    double[] pos = rows.stream().filter(Row::correct).mapToDouble(f).sorted().toArray();
    double[] neg = rows.stream().filter(x -> !x.correct()).mapToDouble(f).sorted().toArray();
    if (pos.length == 0 || neg.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double p : pos) {
      int lo = lowerBound(neg, p), hi = upperBound(neg, p);
      s += lo + 0.5 * (hi - lo);
    }
    return s / ((double) pos.length * neg.length);
  }

  static int lowerBound(double[] a, double x) {
    int lo = 0, hi = a.length;
    while (lo < hi) {
      int m = (lo + hi) >>> 1;
      if (a[m] < x) lo = m + 1; else hi = m;
    }
    return lo;
  }

  static int upperBound(double[] a, double x) {
    int lo = 0, hi = a.length;
    while (lo < hi) {
      int m = (lo + hi) >>> 1;
      if (a[m] <= x) lo = m + 1; else hi = m;
    }
    return lo;
  }

  /** 95% percentile interval of AUC(f) (or AUC(f) - AUC(g)) over papers resampled; [lo, hi, point]. */
  static double[] bootstrap(List<List<Row>> papers, ToDoubleFunction<Row> f, ToDoubleFunction<Row> g) {
    Random rnd = new Random(7);
    double[] vals = new double[1000];
    for (int b = 0; b < vals.length; b++) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < papers.size(); i++) {
        rows.addAll(papers.get(rnd.nextInt(papers.size())));
      }
      vals[b] = auc(rows, f) - (g == null ? 0 : auc(rows, g));
    }
    Arrays.sort(vals);
    List<Row> all = papers.stream().flatMap(List::stream).toList();
    return new double[] {vals[25], vals[974], auc(all, f) - (g == null ? 0 : auc(all, g))};
  }

  static final class Filter {
    int kept, keptCorrect, correctTotal, correctLost, badRemoved, badTotal;
    double top3;

    double precision() {
      return kept == 0 ? 0 : (double) keptCorrect / kept;
    }

    double recall() {
      return correctTotal == 0 ? 0 : (double) keptCorrect / correctTotal;
    }
  }

  static Set<Row> keep(List<Row> p, int fi, double t) {
    return keepBy(p, x -> x.f[fi], t);
  }

  static Set<Row> keepBy(List<Row> p, ToDoubleFunction<Row> fn, double t) {
    Set<Row> keep = new LinkedHashSet<>();
    for (Row x : p) {
      if (fn.applyAsDouble(x) >= t) {
        keep.add(x);
      }
    }
    if (keep.isEmpty() && !p.isEmpty()) {
      keep.add(p.stream().max(Comparator.comparingDouble(fn)).get());
    }
    return keep;
  }

  static boolean top3ok(List<Row> p, ToDoubleFunction<Row> order) {
    List<Row> sorted = new ArrayList<>(p);
    sorted.sort(Comparator.comparingDouble(order).reversed());
    return !sorted.isEmpty() && sorted.stream().limit(3).allMatch(Row::correct);
  }

  static Filter filter(SetRows s, int fi, double t) {
    return filterBy(s, x -> x.f[fi], t);
  }

  static Filter filterBy(SetRows s, ToDoubleFunction<Row> fn, double t) {
    Filter f = new Filter();
    int top3 = 0;
    for (List<Row> p : s.byPaper()) {
      Set<Row> keep = keepBy(p, fn, t);
      for (Row x : p) {
        boolean k = keep.contains(x);
        if (x.correct()) {
          f.correctTotal++;
          if (k) f.keptCorrect++; else f.correctLost++;
        } else {
          f.badTotal++;
          if (!k) f.badRemoved++;
        }
        if (k) f.kept++;
      }
      // tagger order of what is kept
      List<Row> kept = p.stream().filter(keep::contains).toList();
      if (!kept.isEmpty() && kept.stream().limit(3).allMatch(Row::correct)) {
        top3++;
      }
    }
    f.top3 = (double) top3 / s.papers();
    return f;
  }

  static double top3(SetRows s, ToDoubleFunction<Row> order) {
    int ok = 0;
    for (List<Row> p : s.byPaper()) {
      List<Row> sorted = new ArrayList<>(p);
      sorted.sort(Comparator.comparingDouble(order).reversed());
      if (!sorted.isEmpty() && sorted.stream().limit(3).allMatch(Row::correct)) {
        ok++;
      }
    }
    return (double) ok / s.papers();
  }
}
