package org.papergraph.core.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that checks a paper's topics against what its text is about: each topic assignment
 * is kept when its score plus {@value #WEIGHT} times the cosine between the paper's vector and
 * the topic's label vector reaches {@value #THRESHOLD}. A paper keeps at least one topic: when
 * every assignment falls short, the one with the highest sum stays.
 *
 * <p>It also admits matches the tagger held back ({@link HeldBackMatches}: a label of two words
 * named once, in the body): beside the topics a paper keeps (one or more), each whose score plus
 * {@value #WEIGHT} times its cosine reaches {@value #ADMIT}, strongest first, while the paper has
 * fewer than {@value #MAX_TOPICS}. They come after the topics it keeps, so its first
 * topics stay the tagger's.
 *
 * <p>The tagger reads words; the check reads meaning. What it removes are labels matched in
 * another sense or in passing ("energy-efficient", "regions of interest", a generic "deep
 * learning" on a paper about something else), where the words are in the text but the abstract
 * as a whole is not about them.
 *
 * <p>The cosines are e5-small-v2's ({@link PaperEmbedder#e5Small}: the paper's text as a passage,
 * the labels as queries), which lie close together (most between 0.75 and 0.90), hence the large
 * weight: an assignment at the tagger's floor (0.65) stays from a cosine of about 0.822 up, one
 * at 1.0 from about 0.793; a held-back match (0.55) is admitted from 0.840. The weight and both
 * thresholds were chosen on held-out samples 7 to 34 (1,400 papers) at no loss of main subjects
 * against the rule before them, and measured on samples 35 to 63 (bench/RESULTS.md, "e5-small-v2
 * for the topic check").
 */
public final class TopicCheck {
  /** How much the cosine counts against the tagger's score. */
  public static final double WEIGHT = 12.0;
  /** What score plus weighted cosine an assignment needs to stay. */
  public static final double THRESHOLD = 10.51;

  /** What score plus weighted cosine a held-back match needs to be admitted. */
  public static final double ADMIT = 10.63;
  /**
   * How many topics a paper must keep before a held-back match is admitted. Beside a single kept
   * topic an admitted match becomes the paper's second, where a wrong one costs the top three; on
   * e5-small-v2 that costs less than it gives: admitting beside one topic as well as two raised
   * the main subject over samples 7 to 67 from 58.3% to 59.3% with the wrong share unchanged
   * (bench/RESULTS.md, 2026-12-07 afternoon).
   */
  public static final int ADMIT_AFTER = 1;
  /** The most topics a paper has after the check, as many as the tagger gives. */
  public static final int MAX_TOPICS = 6;

  private TopicCheck() {}

  /** One assignment to check: its tagger's score, and the cosine of its topic with the paper. */
  public record Candidate<T>(T assignment, double score, double similarity) {
    double strength() {
      return score + WEIGHT * similarity;
    }
  }

  /** What the check made of one assignment. */
  public record Verdict<T>(T assignment, double similarity, boolean kept) {}

  /** The verdicts on one paper's assignments, in their order. */
  public static <T> List<Verdict<T>> judge(List<Candidate<T>> candidates) {
    Candidate<T> best = null;
    boolean anyKept = false;
    for (Candidate<T> c : candidates) {
      anyKept |= c.strength() >= THRESHOLD;
      if (best == null || c.strength() > best.strength()) {
        best = c;
      }
    }
    List<Verdict<T>> out = new ArrayList<>(candidates.size());
    for (Candidate<T> c : candidates) {
      boolean kept = c.strength() >= THRESHOLD || (!anyKept && c == best);
      out.add(new Verdict<>(c.assignment(), c.similarity(), kept));
    }
    return out;
  }

  /**
   * Whether a paper that keeps {@code kept} topics has room for a held-back match: at least
   * {@value #ADMIT_AFTER} and fewer than {@value #MAX_TOPICS}. A caller asks before reading the
   * paper's held-back matches, which costs a second tagging.
   */
  public static boolean admitsBeside(int kept) {
    return kept >= ADMIT_AFTER && kept < MAX_TOPICS;
  }

  /**
   * The held-back matches admitted beside {@code kept} topics the paper keeps, strongest first:
   * none when it keeps fewer than {@value #ADMIT_AFTER}, and never more than brings it to {@value
   * #MAX_TOPICS}.
   */
  public static <T> List<Candidate<T>> admit(int kept, List<Candidate<T>> heldBack) {
    if (!admitsBeside(kept)) {
      return List.of();
    }
    return heldBack.stream()
        .filter(c -> c.strength() >= ADMIT)
        .sorted(java.util.Comparator.comparingDouble((Candidate<T> c) -> c.strength()).reversed())
        .limit(Math.max(0, MAX_TOPICS - kept))
        .toList();
  }

  /** The cosine of two unit vectors. */
  public static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * (double) b[i];
    }
    return s;
  }

  /**
   * A topic's vector: the unit-length mean of the vectors of its labels (the preferred label and
   * the alternative ones, each of unit length), so that no one spelling decides.
   */
  public static float[] meanOf(List<float[]> labelVectors) {
    float[] m = new float[labelVectors.get(0).length];
    for (float[] v : labelVectors) {
      for (int i = 0; i < m.length; i++) {
        m[i] += v[i];
      }
    }
    return PaperEmbedder.unit(m);
  }
}
