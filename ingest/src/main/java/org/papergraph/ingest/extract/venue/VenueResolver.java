package org.papergraph.ingest.extract.venue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the venue statements in a comment ("14 pages; accepted to CVPR 2025") and resolves each
 * to a series of the {@link VenueRegistry}, the year it states and the status it states.
 *
 * <p>Precision comes first: an acronym counts only as the registry writes it (or in capitals, or,
 * for acronyms that are no English word, in any case), and only with a year beside it or a venue
 * word near it ("accepted", "workshop", "proceedings"), so "ACL" in unrelated text is no venue. A
 * year is taken only when the statement gives it: beside the venue, or as the only year in the
 * statement; otherwise the claim names the series alone. A venue no registry lists becomes a
 * provisional series only where the statement names it plainly: its own "Full Name (ACRONYM)", an
 * acronym in parentheses after a conference's name with the year and a status word ("Conference on
 * Graphics, Patterns and Images (SIBGRAPI) 2025"), a journal title after "accepted by", "published
 * in" or "the journal" (or standing alone as "IEEE Transactions on ..."), or with no journal word
 * where the title is all the statement names ("Accepted to Applied Soft Computing"), an acronym of
 * one or two words with its year after "accepted at" or "proceedings of", in capitals, mixed case
 * or glued to the year ("accepted to SwissText 2025", "Accepted at SCIA25"), the acronym of a
 * proceedings heading ("CSAIDE '25: Proceedings of the ... Conference on"), a workshop's acronym
 * with its year and the word workshop where no host is named ("published in ModRef 2025
 * workshop"), and, only where nothing else in the comment names a venue, an event named in full
 * after a status word ("Accepted to IEEE Conference for Artificial Intelligence, 2025") or making
 * up the whole comment but for counts of pages, a place and a date ("2025 AAS/AIAA Astrodynamics
 * Specialist Conference", published there). A clause over {@link
 * #MAX_CLAUSE_CHARS} characters names no venue.
 *
 * <p>Workshops at a host: the acronym before "@" or "at" ("LLM4EVAL at WSDM '25"), "HOST Workshop
 * on X (ACR) YEAR". A venue whose year is the only one beside an earlier paper's venue ("an
 * extension of our CVPR 2023 paper, accepted in TPAMI") does not take that year.
 *
 * <p>A venue that stands beside another in one statement ("TVCG (IEEE VIS 2025)", "ACM
 * Transactions on Graphics (TOG), SIGGRAPH Asia 2025") takes that statement's status, and a
 * journal there without a year of its own takes the conference's. A comment that is nothing but a
 * venue ("IEEE TPAMI") says the paper is there.
 *
 * <p>Pure and thread-safe: the same text always gives the same claims.
 */
public final class VenueResolver {
  /** The longest clause read for a venue; see {@link #resolve}. */
  static final int MAX_CLAUSE_CHARS = 1_000;

  /** Registry acronyms that are also English words: only exactly so written, and with a year. */
  private static final Set<String> WORD_ACRONYMS =
      Set.of(
          "date", "fast", "micro", "cluster", "performance", "networking", "cloud", "middleware", "internetware",
          "interact", "cases", "mass", "group", "wise", "wine", "pact", "raid", "crypto", "soda", "forte", "ease",
          "lisa", "sat", "alt", "log", "sas", "sac", "bis", "cav", "spin", "scam", "aft", "pam", "rss", "chi", "hot",
          "sec", "isc", "ics", "iss", "esa", "avi", "dis", "pets", "ches", "ideas", "ijcar", "eurographics", "vis", "xai",
          "models", "bigdata", "spm", "mm", "cc", "er", "re", "im", "sc", "cf", "fm", "kr", "gi", "vr", "pg", "fc", "rv", "cp", "ilp", "dai", "ai");

  /** Acronyms of registry conferences that are also the names of the societies behind them. */
  private static final Set<String> ORGANISATIONS = Set.of("AAAI", "ISCA", "IFIP WG 11.9", "SIGOPS ATC", "USENIX Security");
  /** A society's name right before a venue's acronym ("ACM CHI"). */
  private static final Pattern SOCIETY_IN_FRONT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:IEEE/CVF|IEEE|ACM)\\s+$");
  private static final Pattern ORGANISER_IN_FRONT =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ORGANISATIONS.stream().map(Pattern::quote).toList()) + ")\\s+$");

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern URLISH =
      // An address or a page starts a word: tried only there, with no repeated group (which
      // the engine recurses into) and no backtracking over a word, a long run of non-space
      // characters costs its length, not its square, and no stack.
      Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+|(?<!\\S)[^\\s@]++@[^\\s@.]++\\.[^\\s@]++|(?<!\\S)\\S*?\\.(?:github|gitlab)\\.io\\S*|\\b10\\.\\d{4,9}/\\S+");
  /**
   * The 2012 ACM Computing Classification System as comments name it before its concepts ("ACM
   * 2012 CCS - Human-centered computing", "CCS Concepts:"); not "Published at the 2012 ACM CCS".
   */
  private static final Pattern CLASSIFICATION =
      Pattern.compile("(?i)(?:\\bACM\\s+2012\\s+CCS|\\b2012\\s+ACM\\s+CCS|\\bACM\\s+CCS\\s+\\(?2012\\)?|\\bCCS\\s+concepts)(?=\\s*[-–:→•])");
  /** The abbreviations of a venue's name ("9th Int. Conf. on ..."), whose dot ends no sentence. */
  private static final String NAME_ABBREVIATION = "(?<![\\p{L}])(?:Int|Intl|Conf|Symp|Proc|Trans)";
  private static final Pattern CLAUSE_END =
      Pattern.compile("[;|\\n]|(?<=[\\p{L}\\p{N})\\]])(?<!" + NAME_ABBREVIATION + ")[.!?](?=\\s+[\\p{Lu}(\\[]|\\s*$)");
  private static final Pattern TRAILING_YEAR = Pattern.compile("(.*?\\p{L}[\\p{L}\\p{N}&+-]*?)[-'’]?(\\d{4}|\\d{2})");
  private static final Pattern YEAR_AFTER =
      Pattern.compile(
          "^(?:\\s*[(),]|\\s*-)*\\s*(?:(?:(?i:poster|demo|oral|spotlight|adjunct|companion)|(?:[Mm]ain|MAIN)[Ss]?)\\s+)?['’]?(\\d{4})(?!\\d)|^(?:\\s+(?i:adjunct|companion)(?=\\s*['’]))?(?:\\s*\\)(?=\\s*['’]))?\\s*(?:['’]\\s?)?(\\d{2})(?![\\d%])(?![.,]\\d)(?!\\s*[-–]\\s*\\d)(?!\\s*(?:pages?|figures?|tables?|pp|x|th|st|nd|rd|min|h)\\b)");
  private static final Pattern YEAR_BEFORE =
      Pattern.compile("(?i)(?<!\\d)(\\d{4})(?:\\s+(?:ieee|acm|ieee/cvf|international|annual|\\d+(?:st|nd|rd|th)))*\\s*$");
  private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.])(19[89]\\d|20[0-3]\\d)(?![\\d])");
  private static final Pattern PAREN_ACRONYM =
      Pattern.compile("\\(\\s*([\\p{Lu}][\\p{L}\\p{N}&+-]*?\\p{L})(?:[\\s,-]*['’]?(\\d{4}|\\d{2}))?\\s*\\)");

  /** "Under view" is a slip for under review ("MICCAI 2025(under view)"), not a view that changes. */
  private static final Pattern UNDER_REVIEW =
      Pattern.compile("under (?:review|submission|consideration|revision)|in review|\\breview(?:ed)? (?:at|by|for)\\b|\\bunder view\\b(?!\\s*(?:of\\b|changes?\\b|points?\\b|angles?\\b))");
  /**
   * "Accepted as a main conference submission in ECAI 2025": the submission was accepted; another
   * submission word beside it still counts ("accepted as a workshop submission, now submitted to X").
   */
  private static final Pattern ACCEPTED_AS_SUBMISSION = Pattern.compile("\\baccepted\\s+as\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}submission\\b");
  private static final Pattern SUBMITTED = Pattern.compile("submitted(?!\\s+(?:to\\s+)?and\\s+accepted)|submission|\\bsubmit(?:ting)?\\b|for possible publication|\\bpreparing\\s+for\\b|\\bin\\s+preparation\\s+for\\b");
  /**
   * After a submission's venue: "… in January, and accepted in May 2025", not "if accepted", "to
   * be accepted", "and accepted at a workshop" or "and it was accepted for publication in TMLR"
   * (another venue).
   */
  private static final Pattern ACCEPTED_LATER =
      Pattern.compile("^[^.;]*?\\band\\s+(?:it\\s+)?(?:was\\s+|has\\s+been\\s+)?accepted\\b(?=\\s*(?:$|[,.;)]|in\\s+(?:(?i:" + MONTH + ")|(?:19|20)\\d\\d)\\b|for\\s+publication\\b(?!\\s+(?:in|at|to|by)\\b)))");
  /**
   * "Submitted to … (FICAILY 2025), and it has been accepted for presentation at FICAILY …",
   * "Submitted to ICML 2025, and accepted for presentation at ICML": accepted where the venue it
   * was then accepted at is the same one named again, and not a workshop of it. Followed by the
   * acronym (quoted, lower case) where no registry lists the venue, or by the end of the words
   * before the next mention where one does.
   */
  private static final String ACCEPTED_THERE_LATER =
      "^[^.;]*?\\band\\s+(?:it\\s+)?(?:was\\s+|has\\s+been\\s+)?accepted\\s+for\\s+(?:presentation|publication)\\s+(?:at|in|to|by)\\s+(?:the\\s+)?";
  private static final Pattern ACCEPTED_THERE_BEFORE_NEXT = Pattern.compile(ACCEPTED_THERE_LATER + "(?:ieee\\s+|acm\\s+)?$");
  /** A workshop, a student research workshop (NAACL SRW), or a lab held at a venue (CLEF's "X Lab at CLEF 2025"). */
  private static final Pattern WORKSHOP = Pattern.compile("workshop|\\bsrw\\b|\\blab\\s+at\\s+$");
  /**
   * "Collocated with NAACL 2025", "co-located at UMAP 2025", "held in conjunction with IVA'25", and
   * with the host's name before its acronym, "co-located with the 40th IEEE/ACM International
   * Conference on Automated Software Engineering (ASE 2025)": the venue hosts the paper's workshop.
   */
  private static final Pattern HOSTED = Pattern.compile("(?:(?:co-?located|collocated)\\s+(?:with|at)|in conjunction\\s+with)\\s+[^,;.()]{0,150}(?:\\(\\s*)?$");
  /**
   * "Appear on IJCAI 2025" (bare "appear", not "appears" or "appeared"), "appearing in ACL 2025" and
   * "To be appeared in EMNLP 2025" (written so) are "to appear".
   */
  private static final Pattern TO_APPEAR = Pattern.compile("to appear|to be appeared|will appear|will be appearing|forthcoming|(?:to|will) be (?:published|presented)|\\bappear(?:ing)?\\s+(?:on|in|at)\\b");
  /**
   * "Acepted", "accepeted", "acccepted", "accepet", "accecpted": misspellings of "accepted" as whole
   * words, beside those that begin like "accpet" ("accpeted"); {@link #ACCEPTED} and {@link
   * #STATUS_WORD} both read them.
   */
  private static final String MISSPELT_ACCEPTED = "acc?ep?ted|ac+e+p+e*t+e*d|ac+e+p+e+t|ac+ec+pt+ed";
  /** "Accepted", "accpeted" and the misspellings of {@link #MISSPELT_ACCEPTED}: what arXiv comments carry still says so. */
  private static final Pattern ACCEPTED = Pattern.compile("accept|\\bac+pe?t|\\b(?:" + MISSPELT_ACCEPTED + ")\\b|camera[- ]ready");
  /**
   * The status words that put a paper at a venue no registry lists, misspelt "accepted" among them
   * ("Paper Acepted at AVSS 2025 conference"), as {@link #ACCEPTED} reads them.
   */
  private static final String STATUS_WORD = "(?i:accept\\w*|ac+pe?t\\w*|" + MISSPELT_ACCEPTED + "|publish\\w*|appear\\w*|forthcoming)";
  private static final Pattern PUBLISHED = Pattern.compile("publish|presented|appeared|proceedings");
  /** "Accepted and published at X", "accepted and presented at X": the later of the two. */
  private static final Pattern ACCEPTED_AND_PUBLISHED = Pattern.compile("\\baccepted\\s+and\\s+(?:published|presented)\\b");
  /** "The accepted manuscript of an article published in X": the article is published. */
  private static final Pattern ACCEPTED_MANUSCRIPT = Pattern.compile("accepted (?:author )?(?:manuscript|version) of (?:an?|the) (?:article|paper) published\\b");
  private static final Pattern CUE =
      Pattern.compile("accept|publish|appear|present|proceedings|conference|symposium|workshop|\\bsrw\\b|track|findings|venue|journal|\\bpaper\\b|\\boral\\b|poster|spotlight|highlight|submi|review|camera");
  /**
   * A statement about another paper of the authors, or a challenge entry, is not this paper's
   * venue; nor one about a part of it: "Part of the work accepted at RSNA 2025", "An abstract of
   * this work was presented at …", "Figure 9(b) has been accepted by CVPR AI Art Gallery 2025";
   * nor a format the paper follows ("Written as per the requirements of CVPR 2025").
   */
  private static final Pattern NOT_THIS_PAPER =
      Pattern.compile("extension of|extends|extending|extended (?:version|from|paper|work of)|journal version|conference version|preliminary|earlier version|\\b(?:short|shorter|shortened|abridged|condensed) version|follow[- ]up|builds? (?:up)?on|based on (?:our|the)|reject|withdrawn|research report|\\bcite\\b(?!\\s+(?:the\\s+|this\\s+)?(?:published|final|official)\\s+version\\b(?!\\s+of\\b))|prior work|previous work|\\b(?:an? )?(?:portion|part|abstract)s? of (?:this|the|our) (?:work|paper|article|manuscript|study) (?:(?:have|has|were|was) (?:been )?)?(?:presented|published|accepted|appeared)|\\b(?:figure|fig\\.)\\s*\\d+[a-z]?(?:\\s*\\([a-z]\\))? (?:(?:of this (?:work|paper|article) )?(?:has|have|was|were) (?:been )?)(?:accepted|selected|published|presented|exhibited)|\\bformat|template|style\\b|\\b(?:requirements|guidelines|instructions)\\s+(?:of|for)\\b|rolling review");
  private static final Pattern REJECTED = Pattern.compile("reject|withdrawn");
  /**
   * What joins a venue to the one before it in a list, lower case: "… (XW 2023) and the 2020
   * Conference on Vision and Intelligent Systems (", "…, the Iberian Conference on Perception (";
   * or the rest of the same venue's name before its acronym: "ICCV| 2023 Workshop on Low Bit
   * Quantized Neural Networks (|ICCVW-LBQNN".
   */
  private static final Pattern LIST_CONTINUATION =
      Pattern.compile("[\\s)\\]]*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*|as well as\\s+)(?:the\\s+)?(?:(?:19|20)\\d{2}\\s+)?(?:(?:[\\p{L}-]+\\s+){1,10}\\(\\s*)?|[^,;.()]*\\(\\s*");
  /** What follows a comma or semicolon: another statement of the same clause. */
  private static final Pattern SEPARATED = Pattern.compile("[,;].*$", Pattern.DOTALL);
  /**
   * "Extended version of the paper accepted at X": the arXiv text is that paper with its appendix,
   * so X is this paper's venue; "extended version of our X paper" is a later paper (README of the
   * venue test data, rule 3).
   */
  private static final Pattern FULL_VERSION =
      Pattern.compile(
          "(?:extended|full|long)\\s+version\\s+of\\s+(?:the\\s+|our\\s+|a\\s+|this\\s+)?(?:short\\s+|full\\s+|conference\\s+)?(?:paper|work|article|manuscript|\"[^\"]+\"|“[^”]+”)(?:\\s+(?:of|with)\\s+the\\s+same\\s+title)?,?\\s+(?:(?:that|which)\\s+(?:was|has been|is|will be)\\s+)?(?:accepted|to appear|published|presented|appearing)\\b");
  /** A challenge entry is a report on a competition, wherever in the statement that is said. */
  private static final Pattern CHALLENGE = Pattern.compile("challenge|competition|shared task");
  /**
   * A shared task's system paper is published in its workshop's proceedings ("accepted to the
   * LLMs4Subjects shared task at SemEval2025", "The 8th BlackboxNLP Workshop (Shared Task)"): it is
   * an entry only where the statement also says how it placed or that it is a team's report.
   */
  private static final Pattern CHALLENGE_NOT_SHARED_TASK = Pattern.compile("challenge|competition");
  /**
   * After a host, a workshop's name however long, with no sentence break in it ("NAACL 2025
   * Cognitive Modeling and Computational Linguistics Workshop"); the text is in lower case.
   */
  // Possessive: a run of spaces (a masked address leaves one) is not split three ways.
  private static final Pattern NAME_THEN_WORKSHOP = Pattern.compile("^\\s*+(?:['’]?\\d{2}|\\d{4})?\\s*+[-–:]?\\s*+(?:[\\p{L}\\p{N}&'’/+-]++\\s++){1,12}workshops?\\b");
  /** Between a host and a workshop's acronym after it: its year and punctuation at most ("ICCV 2025 - "). */
  private static final Pattern HOST_BEFORE_WORKSHOP_NAME = Pattern.compile("\\s*(?:['’]?\\d{2}|\\d{4})?\\s*[-–:,]?\\s*");
  private static final Pattern WORKSHOP_WORD_NEXT = Pattern.compile("\\s+(?i:workshops?)\\b");
  /**
   * "4th DataCV Workshop and Challenge", "MARS2 Workshop and Challenge", "the 10th Social Media
   * Mining for Health ... Workshop and Shared Tasks": a workshop that also runs a challenge or
   * shared tasks is named so; a paper accepted there is a workshop paper, not a challenge entry.
   */
  private static final Pattern WORKSHOP_AND_CHALLENGE = Pattern.compile("workshops?\\s+(?:and|&)\\s+(?:challenges?|shared\\s+tasks?)");
  /**
   * "Workshop on Multimodal Foundation Models for Biomedicine: Challenges and Opportunities",
   * "Workshop on the Challenge Of Out-of-Label Hazards in Autonomous Driving",
   * "Opportunities, Challenges, and Futures", "Workshop on BioNLP and Shared Tasks": challenges
   * and shared tasks in the plural, in a list of a title's words, a kind of challenges "in", "of" or
   * "for" something ("… Diagnostic and Treatment Challenges in Breast Care"; not "the challenges of
   * the … workshop"), and "the challenge of" right
   * after "Workshop on", are a topic of the workshop, not a competition.
   */
  private static final Pattern CHALLENGES_AS_TOPIC =
      Pattern.compile("(?:(?<=[,:&]\\s?)|(?<=\\band\\s))challenges\\b|\\bchallenges(?=\\s*(?:,|&|and\\b))|(?<=\\b(?!(?:the|our|these|those|both|all|its|their|two|three|several|of|for|to|in|on|at)\\s)\\p{L}{3,20}\\s)challenges(?=\\s+(?:in|of|for)\\s)|(?<=\\band\\s)shared\\s+tasks\\b|(?<=workshop on the )challenges?(?= of\\b)");
  /**
   * "Champion Solution for CVPR 2025 MAI VSR Track": a placing in a competition's track is an entry
   * too, where the text does not say "challenge" (a conference's demo or industry track is placed in
   * by no one).
   */
  private static final Pattern RANKED_IN_A_TRACK = Pattern.compile("(?:champion|winn\\w*|\\b(?:first|second|third|\\d+(?:st|nd|rd|th))[- ]place)\\b.*\\btrack\\b");
  /** "2nd place solution to the X Workshop and Challenge" is an entry all the same. */
  private static final Pattern PLACING = Pattern.compile("\\bplace\\b|solution|winn|champion|\\branked\\b|\\bteam\\b|report");
  /**
   * What stands between a venue and a companion venue of the same statement: "TVCG (IEEE VIS
   * 2025)", "ACM Transactions on Graphics (Proceedings of SIGGRAPH 2025)", "(TOG), SIGGRAPH Asia
   * 2025", "SIGGRAPH 2025 [ACM Transactions on Graphics]". The companion takes the statement's
   * status, and a journal without a year takes the companion conference's.
   */
  private static final Pattern COMPANION =
      Pattern.compile("[\\s()\\[\\],:'’\\d-]*(?:(?:proceedings|proc\\.?)\\s+of\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?|as\\s+an?\\s+)?(?:(?:ieee|acm|ieee/cvf|international|annual)\\s+)*");
  /** Nothing between two mentions but, perhaps, the first one's year. */
  private static final String AT_MOST_A_YEAR = "\\s*(?:(?:19|20)\\d\\d|['’]\\d\\d)?\\s*";
  /** Nothing but the first venue's year and an opening parenthesis between two venues. */
  private static final Pattern OPEN_PARENTHESIS = Pattern.compile(AT_MOST_A_YEAR + "\\(\\s*");
  /** The word that makes a bare "Proceedings of X" a published statement. */
  private static final Pattern PROCEEDINGS_WORD = Pattern.compile("\\bproc(?:eedings\\b|\\.)");
  /**
   * An acronym the name of another conference goes on from: "The 18th ACM SIGGRAPH Conference on
   * Motion, Interaction, and Games" is MIG, organised by SIGGRAPH, not SIGGRAPH.
   */
  private static final Pattern ORGANISER_OF = Pattern.compile("\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:Conference|Symposium|Congress)\\s+(?:on|of|for)\\b");
  /** "Transactions of ACL (TACL)": a conference's acronym inside a journal's title names the journal's society. */
  private static final Pattern IN_A_TITLE = Pattern.compile("(?i)\\b(?:transactions|journal)\\s+(?:of|on)\\s+(?:the\\s+)?$");
  /** "In the proceedings of Society for Computation in Linguistics (SCiL)": a name after it is a venue's. */
  private static final Pattern PROCEEDINGS_OF = Pattern.compile("(?i)\\bproceedings\\s+of(?:\\s+the)?$");
  /** "(and published in": a verb joined to the one before, which keeps that one's "to be". */
  private static final Pattern AND_THEN = Pattern.compile("^[\\s(),'’\\d]*and\\s+(?:published|presented)\\b");
  /** "7 pages", "18 figures", "3 tables", "2 appendices": a comment's counts. */
  private static final Pattern COUNTS =
      Pattern.compile("(?i)(?:^|(?<=[\\s,.;:]))\\d+\\s*(?:pages?|pp\\.?|figures?|figs?\\.?|tables?|appendix|appendices|references)(?=[\\s,.;:]|$)[\\s,.;:]*");
  private static final Pattern NOTHING_BUT_A_PREFIX =
      Pattern.compile("(?i)[\\s(),.:;-]*(?:(?:ieee|acm)[\\s(),.:;-]*)*(?:" + MONTH + "[\\s,]+(?:19|20)\\d\\d[\\s.]*|special\\s+issue[\\s.]*)?");
  /** "The official version will appear in the ACL Anthology": a publisher's library, not the venue. */
  private static final Pattern LIBRARY_AFTER = Pattern.compile("^\\s*(?:anthology|digital\\s+library|xplore)\\b");
  /**
   * True when a web address of {@code comment} has the venue's acronym in it ("NTIRE 2025 webpage:
   * https://www.cvlai.net/ntire/2025"): the venue's own page is named, not where the paper is. A
   * paper's project page after the venue ("ICLR2025 homepage: https://m3-….github.io") leaves the
   * venue the paper's.
   */
  private static boolean venuesOwnPage(String comment, VenueSeries s) {
    String acronym = s.acronym().toLowerCase(Locale.ROOT);
    Matcher url = URLISH.matcher(comment);
    while (url.find()) {
      if (url.group().toLowerCase(Locale.ROOT).contains(acronym)) {
        return true;
      }
    }
    return false;
  }

  /** "NTIRE 2025 webpage: https://…", "ICLR2025 homepage: https://…": a web page after a venue. */
  private static final Pattern WEB_PAGE_AFTER = Pattern.compile("^\\s*(?:['’]?\\d{2}|\\d{4})?\\s*(?:web\\s*page|website|homepage)\\b");
  /** What may follow a venue named alone: its year. */
  private static final Pattern NOTHING_BUT_A_YEAR = Pattern.compile("[\\s,'’-]*(?:(?:19|20)\\d\\d)?[\\s.]*");
  private static final Pattern VENUE_WORD = Pattern.compile("(?i)\\b(?:conference|symposium|workshop|congress|meeting|forum|summit|colloquium)\\b|\\b(?:conf|symp)\\.");
  /** A name that starts as a workshop's: "Workshop on ...", "International Workshop on ...". */
  private static final Pattern OWN_WORKSHOP_NAME = Pattern.compile("(?:(?:International|Joint|Annual)\\s+)*Workshop\\s+(?:on|in|for)\\b");
  private static final Pattern WORKSHOP_NAME_IN = Pattern.compile("\\b" + OWN_WORKSHOP_NAME.pattern());
  private static final Pattern LOWER_VENUE_WORD = Pattern.compile("conference|symposium|congress|workshop");
  private static final Pattern JOURNAL_TITLE = Pattern.compile("\\b(?:Journal|Transactions)\\b");
  private static final Pattern JOURNAL_WORD = Pattern.compile("(?i)\\b(?:journal|transactions|letters|magazine|review|bulletin)\\b");
  /**
   * A registry name that runs on into a longer name ("International Conference on Machine
   * Learning and Computing", "Computational Visual Media Journal", "International Conference on
   * Image Processing, Computer Vision, & Pattern Recognition") is another venue; a place after
   * "in" ("… Robotics and Automation in Yokohama, Japan") is no part of the name, nor a date after
   * "on" or "in" ("accepted by Pattern Recognition on August 6, 2025").
   */
  private static final Pattern NAME_GOES_ON =
      Pattern.compile("\\s*(?:(?:and|&|of|for|on|in(?!\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2},\\s*\\p{Lu}))\\s+(?!" + MONTH + "\\b)\\p{Lu}|,\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*,?\\s+(?:and|&)\\s+\\p{Lu}|(?!(?:Workshops?|Findings|Main|Conference|Proceedings|Companion|Track|Volume|Oral|Poster|Journal)\\b)\\p{Lu}\\p{Ll})");
  /**
   * A registry name whose words after the first are written in lower case runs on in lower case:
   * "International conference on machine learning in medical imaging" is not ICML (but "… Language
   * Processing for possible publication" is TASLP).
   */
  private static final Pattern LOWER_CASE_NAME_GOES_ON = Pattern.compile("\\s*(?:and|&|of|for|on|in)\\s+\\p{Ll}{3,}");
  /**
   * A registry name runs on to the left when a capitalised word stands right before it ("FISU Joint
   * Conference on Artificial Intelligence" is not IJCAI, whose name merely drops the noise word
   * "International"). Societies, noise words, ordinals and years are passed over first; status
   * words end the search.
   */
  private static final Pattern LAST_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}][\\p{L}\\p{N}/&'’-]*)\\s+$");
  private static final Pattern ORDINAL_WORD =
      Pattern.compile("(?i)\\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|[a-z]*th)|(?:19|20)\\d\\d");
  private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
  private static final List<String> TEENS =
      List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
  private static final List<String> TENS = List.of("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet");
  /** "Forty-Second", "thirty ninth", "tenth", "twentieth": an ordinal in words, as its parts. */
  private static final Pattern ORDINAL_IN_WORDS =
      Pattern.compile(
          "(?:(?:(" + String.join("|", TENS) + ")y[\\s-]?)?(" + String.join("|", UNITS) + ")|(" + String.join("|", TEENS) + ")|(" + String.join("|", TENS) + ")ieth)");
  /** An edition's ordinal right before a venue, past the words a name carries or drops ("39th Annual"). */
  private static final Pattern ORDINAL_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}-])(\\d{1,3}(?:st|nd|rd|th)|(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)y[\\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)\\s+(?:(?:annual|international|joint|ieee|acm|ieee/cvf)\\s+)*$");
  private static final Set<String> PASSED_BEFORE_A_NAME =
      Set.of(
          "the", "ieee", "acm", "cvf", "ieee/cvf", "iapr", "isca", "usenix", "siam", "ifip", "eai", "spie", "asce", "ifac", "international", "annual", "mdpi", "elsevier", "wiley", "nature");
  private static final Set<String> STOP_BEFORE_A_NAME =
      Set.of("proceedings", "accepted", "published", "presented", "appeared", "appearing", "in", "at", "to", "by", "on", "for", "of", "and");
  /** The words that put a paper in a journal: "accepted by", "published in", "to appear in the". */
  private static final Pattern IN_JOURNAL =
      Pattern.compile(
          "(?i)(?:accept\\w*|ac+pe?t\\w*|acc?ep?ted|publish\\w*|appear\\w*|in press)\\s+(?:for publication\\s+)?(?:by|in|to|at|with|on):?\\s+(?:the\\s+)?(?:(?:ieee|acm|elsevier|springer|nature)\\s+)?(?:journal\\s+(?:of\\s+)?)?$");
  /** A year right after a name: "ACM Multimedia Asia 2025", "Computer Graphics International '25". */
  private static final Pattern YEAR_NEXT = Pattern.compile("\\s*(?:['’]\\d{2}|(?:19|20)\\d{2})(?!\\d)");
  private static final Pattern JOURNAL_AFTER = Pattern.compile("(?i)\\s*journal\\b");
  /** A journal's title right after "Conference on", or right before "conference", is part of a conference's name. */
  private static final Pattern CONFERENCE_NAME_BEFORE = Pattern.compile("(?i)\\b(?:conference|symposium|workshop|congress)\\s+(?:on|of)\\s+(?:the\\s+)?$");
  private static final Pattern VENUE_WORD_AFTER = Pattern.compile("(?i)\\s+(?:conference|symposium|workshop|congress)\\b");
  /** The workshop's own name, then @: attached (NSLP@) or a capitalised name (GRADES-NDA 2025 @), not "appear @". */
  private static final Pattern AT_HOST = Pattern.compile("(?:[\\p{L}\\p{N}]@|(?<![\\p{L}\\p{N}])[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*\\s+@)\\s*$");
  /** "Accepted @ ICC 2025": the @ stands for "at" after a status word; no workshop is named. */
  private static final Pattern STATUS_AT = Pattern.compile("(?i)\\b(?:accepted|presented|published|appear\\w*)\\s*@\\s*$");
  private static final Pattern NOT_A_NAME_AT = Pattern.compile("(?i)workshops?|accepted|presented|published|appear\\w*");
  /** A workshop's acronym as {@link #WORKSHOP_AT} and {@link #WORKSHOP_THEN_COMMA} read it: two capitals or more ("LLM4EVAL", "CDMRI"). */
  private static final String WORKSHOP_ACRONYM = "\\p{Lu}[\\p{L}\\p{N}+-]*\\p{Lu}[\\p{L}\\p{N}+-]*";
  /** The year a workshop's acronym may carry: "'25", " 2025". */
  private static final String ITS_OWN_YEAR = "(?:\\s*+['’]\\d{2}|\\s++(?:19|20)\\d{2})?";
  /**
   * "LLM4EVAL at WSDM '25", "NLP4DH 2025 at NAACL 2025", "iMIMIC at MICCAI 2025": an acronym no
   * registry knows, its year or not, held at the venue after "at".
   */
  private static final Pattern WORKSHOP_AT =
      Pattern.compile("(?<!(?:\\b(?:in|on|of|for|and|with)\\s)|[\\p{L}\\p{N}+-])(\\p{Ll}?" + WORKSHOP_ACRONYM + ")" + ITS_OWN_YEAR + "\\s+at\\s+(?:the\\s+)?$");
  /**
   * "Accepted at CDMRI, MICCAI 2025": an acronym no registry knows right after the status word,
   * then a comma and the venue, is a workshop held there.
   */
  private static final Pattern WORKSHOP_THEN_COMMA =
      Pattern.compile("(?i:accepted|presented|published|appears?)\\s+(?i:at|to|in|by|for)\\s+(?:(?i:the)\\s+)?(" + WORKSHOP_ACRONYM + ")" + ITS_OWN_YEAR + "\\s*,\\s*$");
  /** Words written in capitals that say how a paper is presented, not where; NIER is the New Ideas and Emerging Results track of ICSE and ASE. */
  private static final Set<String> NOT_A_WORKSHOP = Set.of("ORAL", "POSTER", "SPOTLIGHT", "DEMO", "PAPER", "TRACK", "HIGHLIGHT", "MAIN", "MAINS", "MAINCONFERENCE", "CAMERA-READY", "LBW", "NIER");
  /** Title-case words with their lower-case connectors: a journal's title. */
  private static final String TITLE =
      "\\p{Lu}[\\p{L}\\p{N}&'’/-]*(?:\\s+(?:(?:of|and|for|on|in|&|the|de|del|des|la|le|di|der|für)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’/-]*)*";
  /** "Journal of Guidance, Control, and Dynamics": a list of title words that ends in "and". */
  private static final String TITLE_LIST = "(?:(?:,\\s+\\p{Lu}[\\p{L}\\p{N}&'’/-]*)+,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}\\p{N}&'’/-]*)?";
  /**
   * A journal no registry lists, where a statement puts the paper in it ("accepted by Journal of
   * Medical Imaging", "Accepted in the Microprocessors and Microsystems journal") or names it
   * alone ("IEEE Transactions on Technology and Society, 11 pages", "Artificial Intelligence Review
   * Journal").
   */
  private static final Pattern UNKNOWN_JOURNAL =
      Pattern.compile(
          "(?:(?:(?:" + STATUS_WORD + "|(?i:in press))(?i:\\s+for\\s+publication)?\\s+(?i:by|in|to|at|with|on|of|for)|(?i:special\\s+issue)[^,;]*?\\s+(?i:by|in|to|at|with|on|of)):?\\s+(?i:the\\s+)?(?:(?<journalOf>journal\\s+of\\s+)|(?<journalBefore>(?i:journal)\\s+))?|(?:^|,)\\s*(?=(?:IEEE\\s+|ACM\\s+|IEEE/ACM\\s+)?Transactions\\s+on\\s|International\\s+Journal\\s+(?i:of)\\s|Journal\\s+of\\s|"
              + TITLE
              + "\\s+(?i:journal)\\b(?!\\s*\\p{Lu})))(?<title>(?:npj\\s+)?"
              + TITLE
              + TITLE_LIST
              + ")(?<journalAfter>\\s+(?i:journal)\\b)?(?:\\s*\\(\\s*(?<acronym>\\p{Lu}[\\p{L}\\p{N}&+-]*)\\s*\\))?");
  /** A journal's rank in parentheses after its title: "(JCR-Q1)", "(SCI)", "(CCF-A)", "(Q2)". */
  private static final Pattern RANK = Pattern.compile("(?:JCR|SCIE?|CCF|CORE|EI|Q[1-4])(?:[-\\s][\\p{L}\\p{N}]+)?");
  /** Publishers of journals only: a title they start is a journal's ("BMC Medical Informatics and ..."). */
  private static final Pattern JOURNAL_PUBLISHER = Pattern.compile("(?:BMC|PLOS|PLoS|Frontiers\\s+in|Discover|npj|MDPI)\\s|Nature(?:\\s|$)");
  /**
   * "MDPI Sensors", "Elsevier Neurocomputing": the publisher's name written before a title is not
   * part of it (unlike BMC or Nature, whose names are part of their journals' titles).
   */
  private static final Pattern PUBLISHER_BEFORE_TITLE = Pattern.compile("^(?:MDPI|Elsevier|Wiley)\\s+(?=\\p{Lu})");
  /** "Accepted to BMC Medical Informatics on September 18th 2025": the date is not the title's. */
  private static final Pattern DATE_AFTER_TITLE =
      Pattern.compile("\\s+(?:on|in)\\s+" + MONTH + "$");
  /** "International Journal of X ISSN:2319-7242": the number's label is not part of the title. */
  private static final Pattern ISSN_AFTER_TITLE = Pattern.compile("\\s+(?:e-|p-)?ISSN$");
  /** The number after a title, with its label ("ISSN: 2591-0442") or after a label the title ended with. */
  private static final Pattern ISSN_NUMBER = Pattern.compile("^(?:\\s*[,(]?\\s*(?:e-|p-)?(ISSN))?\\s*:?\\s*(\\d{4}-\\d{3}[\\dXx])(?!\\d)");
  /** "Artificial Intelligence Review Journal" is the journal Artificial Intelligence Review. */
  private static final Pattern TRAILING_JOURNAL = Pattern.compile("\\s+Journal$");
  private static final Pattern NOT_A_TITLE = Pattern.compile("(?:A|An|The|This|That|Our|Its|Their|Full|Short|Long|Extended)\\b");
  /**
   * The words that put the paper at a venue: a status word ("accepted paper at" too), what it was
   * accepted as ("as a poster", "for an oral presentation"), a preposition; or "proceedings of".
   */
  private static final String STATED_AT =
      "(?:(?:" + STATUS_WORD + "|(?i:present\\w*))(?i:\\s+paper)?(?i:\\s+(?:for|as)\\s+(?:an?\\s+)?(?:(?:oral|poster|spotlight|full|short|long|regular|demo|camera-ready|technical)\\s+)?(?:publication|presentation|paper|poster|talk|abstract|communication|demo))?\\s+(?i:by|in|into|to|at|for):?\\s+(?i:the\\s+)?(?i:proceedings\\s+of\\s+(?:the\\s+)?)?|(?i:proceedings\\s+of\\s+(?:the\\s+)?))";
  /** The month an event is held in, between its acronym and year: "Accepted in CODS-COMAD December 2024". */
  private static final String MONTH_BEFORE_YEAR = "(?:" + MONTH + ",?\\s+(?=(?:19|20)\\d\\d))?";
  /**
   * A conference no registry lists, named by acronym (one or two words: "ASEE NE") and year where a
   * statement puts the paper at it or in its proceedings, or "accepted" stands right before it.
   */
  private static final Pattern UNKNOWN_CONFERENCE =
      Pattern.compile(
          "(?:" + STATED_AT + "|(?i:accepted)\\s+(?=\\p{Lu}))" // "Accepted ICIR 2025": the status word alone before the acronym
              + "(?:\\d+(?:st|nd|rd|th)\\s+)?(?:(?:IEEE|ACM|IEEE/ACM)(?:\\s+-\\s+|\\s+))?(\\p{Lu}[\\p{Lu}\\p{N}-]*\\p{Lu}(?:[\\p{Lu}\\p{N}-]*[\\p{Lu}\\p{N}])?(?:\\s\\p{Lu}[\\p{Lu}\\p{N}-]*\\p{Lu})?)[\\s'’-]*" + MONTH_BEFORE_YEAR + "((?:19|20)\\d\\d|['’]\\d\\d|(?<=-)\\d\\d)(?![\\p{L}\\p{N}])");
  /**
   * A conference no registry lists, named by acronym and year and called a conference or symposium
   * right after them, with or without a status word: "6 pages, ACDSA 2025 conference", "Contribution
   * to MICAD 2025 conference", "Contribution for REEACH 2025 Symposium"; not after "and", "of", "on",
   * "in", "with", "meets" or "&", where it ends a longer name ("the Quantum AI and NLP 2025
   * Conference").
   */
  private static final Pattern UNKNOWN_CONFERENCE_SO_CALLED =
      Pattern.compile("(?<![\\p{L}\\p{N}-])(?<!(?:\\b(?i:and|of|on|in|with|meets)|&)\\s)(\\p{Lu}[\\p{Lu}\\p{N}-]*\\p{Lu}[\\p{Lu}\\p{N}]*)[\\s'’-]*((?:19|20)\\d\\d)\\s+(?i:conference|symposium)\\b");
  /**
   * The same where the acronym is written in mixed case or glued to its year ("accepted to
   * SwissText 2025", "Accepted by Fully3D 2025", "Accepted at SCIA25", "Accepted to IntelliSys 2025",
   * "Accepted at Slavic NLP 2025", "Accepted to IEEE IV 2025", "Accepted at CLiC-it 2025"): one word
   * with two capitals or more (and a short lower-case part after a hyphen), or a word and an
   * acronym in capitals.
   */
  private static final Pattern UNKNOWN_MIXED_CONFERENCE =
      Pattern.compile(
          STATED_AT
              + "(?:\\d+(?:st|nd|rd|th)\\s+)?(?:(?:IEEE|ACM|IEEE/ACM)[\\s-]+)?(?<acronym>\\p{Ll}?\\p{Lu}[\\p{L}\\p{N}]*?(?:[\\s-]\\p{Lu}{2,}[\\p{L}\\p{N}]*?|-\\p{Ll}{1,4})?)"
              + "(?:[\\s'’-]*" + MONTH_BEFORE_YEAR + "(?<year>(?:19|20)\\d\\d|['’]\\d\\d|(?<=-)\\d\\d)|(?<glued>\\d\\d))(?![\\p{L}\\p{N}])");
  /**
   * The proceedings series an event's name may follow: "To appear in Proceedings of Machine
   * Learning Research, 19th Conference on Neurosymbolic Learning and Reasoning, 2025".
   */
  private static final String PROCEEDINGS_SERIES_FIRST =
      "(?:(?:Machine\\s+Learning\\s+Research|PMLR|LNCS|LNAI|LNNS|CEUR(?:-WS)?(?:\\s+Workshop\\s+Proceedings)?"
          + "|Lecture\\s+Notes\\s+in\\s+(?:Computer\\s+Science|Artificial\\s+Intelligence|Networks\\s+and\\s+Systems))"
          + "(?:\\s*\\(\\p{Lu}+\\))?(?:\\s+(?:vol\\.?\\s*)?\\d+)?,\\s+(?i:the\\s+)?)?";
  private static final String ORDINAL = "(?:\\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)";
  /** Societies whose name stands before an event's ("IEEE International Conference on …"). */
  private static final String SOCIETY_NAME = "(?:IEEE|ACM|IEEE/ACM|ASCE|IFAC|ISCA|IAPR|EAI|SPIE)";
  /** A word joined by a hyphen to the first word of a name, but a society's ({@link #SOCIETY_NAME}: "IEEE-RAS"), which starts no other word. */
  private static final Pattern JOINED_BEFORE = Pattern.compile("(?<![\\p{L}/])(?!" + SOCIETY_NAME + "-$)\\p{L}+-$");
  /** A society's name, or one of its parts joined by a hyphen in a bare name ("IEEE-EMBS"). */
  private static final String SOCIETY = SOCIETY_NAME + "(?:-\\p{Lu}+)?";
  /** An event's name: capitalised words and the small words between them, a venue word in lower case last. */
  private static final String EVENT_NAME =
      "\\p{Lu}[\\p{L}\\p{N}&'’/+-]*(?:(?:\\s+|,\\s+)(?:(?:of|and|for|on|in|&|the|with|de|du|from|to|between|beyond|via|towards|under|across)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’/+-]*)*(?:\\s+(?:conference|symposium|workshop|congress|summit))?";
  /**
   * A conference, symposium, summit or workshop no registry lists, named in full where a statement
   * puts the paper at it: "Accepted to IEEE Conference for Artificial Intelligence, 2025",
   * "Accepted at Swiss NLP Conference 2025", "accepted and presented at the 35th CIRP Design
   * conference".
   */
  private static final Pattern UNKNOWN_NAMED_EVENT =
      Pattern.compile(
          STATED_AT
              + PROCEEDINGS_SERIES_FIRST
              + "(?:(?<yearBefore>(?:19|20)\\d\\d)\\s+)?(?:" + ORDINAL + "\\s+)?(?:" + SOCIETY_NAME + "\\s+)?"
              + "(?<name>" + EVENT_NAME + ")");
  /**
   * A comment that is nothing but an event's full name, with what it may open with (its acronym
   * and year, "KI2025 - 48th German Conference on Artificial Intelligence"; a year, a society, an
   * ordinal: "3rd International Conference on Applied Mathematics in Science and Engineering"):
   * its name read as {@link #UNKNOWN_NAMED_EVENT} reads one after a status word, and kept only
   * where nothing but an acronym, a year, a place and a date follows ({@link #PLACE_AND_DATE}).
   */
  private static final Pattern BARE_NAMED_EVENT =
      Pattern.compile(
          "[\\s,.;:]*(?:(?<lead>\\p{Lu}[\\p{L}\\p{N}-]{0,15}?\\p{Lu}[\\p{L}-]{0,15}?)[\\s'’]*(?<leadYear>(?:19|20)\\d\\d|\\d\\d)\\s*[-–:]\\s+)?(?i:the\\s+)?"
              + "(?:(?<yearBefore>(?:19|20)\\d\\d)\\s+)?(?:(?<society>" + SOCIETY + ")\\s+)?(?:" + ORDINAL + "\\s+)?(?:(?<society2>" + SOCIETY + ")\\s+)?"
              + "(?<name>" + EVENT_NAME + ")");
  /** What may follow a bare event's name: a year, a day, a month or a place (capitalised words), an acronym, the rest of a name after a colon, punctuation. */
  private static final Pattern PLACE_AND_DATE =
      // Possessive throughout: a tail that is no place and date fails in one pass, not by trying
      // every way of splitting its words.
      Pattern.compile("(?:[\\s,.;:()\\\\\"–-]|(?:19|20)\\d\\d(?!\\d)|\\d{1,2}+(?:st|nd|rd|th)?+(?!\\d)|\\p{Lu}[\\p{L}\\p{N}'’.-]*+|(?:and|of|the|for|in|on)(?=\\s))*+");
  /** Words of a name that say it is a talk, a poster, a report or a paper of an event, not the event. */
  private static final Pattern NOT_THE_EVENT =
      Pattern.compile("\\b(?:Presentation|Presented|Talk|Poster|Oral|Keynote|Invited|Paper|Tutorial|Abstract|Contribution|Submission|Version|Report|Summary|Proposal|Slides|Template|Dataset|Hackathon|Erratum|Appendix|Draft)s?\\b");
  /**
   * A comment that is nothing but an unknown event's acronym and year, as a comment that is nothing
   * but a registry acronym and year is read: "IPMI 2025", "2025 IEEE NSENS", "EGPGV25", "MVA 2025
   * (Oral)", "IWSDS 2024 Best Paper Award", "EAI VALUESTOOLS 2024, Dec 2024, Milan, Italy". The
   * acronym is in Latin letters and ends in one; the year stands before it or after it, in full or
   * as "'25" (two digits glued to an acronym are as often an edition: "DSTC11", "CASP16"); a
   * presentation may follow, and then a place and a date after a comma or "in" ({@link
   * #PLACE_AND_DATE}).
   */
  private static final Pattern BARE_ACRONYM =
      Pattern.compile(
          "[\\s,.;:]*+(?:(?<yearBefore>(?:19|20)\\d\\d)\\s+)?(?:(?<society>" + SOCIETY_NAME + ")(?:\\s+|-))?(?<acronym>[A-Za-z][A-Za-z0-9&+-]{0,23}[A-Za-z])"
              + "(?:[\\s'’-]*+(?<year>(?:19|20)\\d\\d|(?<=['’])\\d\\d))?(?![\\p{L}\\p{N}])"
              + "(?:\\s*+\\(?(?i:(?:oral|poster|spotlight|highlight)(?:\\s+(?:paper|presentation))?|(?:full|short|long)\\s+paper"
              + "|best\\s+(?:student\\s+)?paper(?:\\s+award)?(?:\\s+(?:finalist|nominee|honou?rable\\s+mention))?)\\)?)?"
              + "(?<tail>(?:\\s*+,|\\s++in\\s).*+)?\\s*+\\.?\\s*+");
  /**
   * What a bare acronym's tail must hold to be a place and a date, not something else said of the
   * paper: a month or a number ("Dec 2024, Milan, Italy"), a place after "in" with its country
   * after a comma ("in Nijmegen, Netherlands"), or a publisher alone (", SPIE").
   */
  private static final Pattern TAIL_OF_PLACE_OR_DATE =
      Pattern.compile("(?i:.*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*|.*\\d.*)|\\s+in\\s+\\p{Lu}[^,]*,.*|\\s*,\\s*(?:SPIE|IEEE|ACM|Springer)\\s*\\.?\\s*");
  /**
   * Words of a bare acronym's tail that say what the paper is at it, or that it is not there yet:
   * an entry, a report, a review copy, a draft ("IPMI 2025, Review Copy", "MIDOG 2025, Final
   * Report", "IPMI 2025 in Preparation").
   */
  private static final Pattern NOT_AT_THE_EVENT =
      Pattern.compile("(?i)\\b(?:review\\w*|blind|anonym\\w*|decision|pending|revis\\w*|round|draft|preprint|preparation|progress|target|planned|call|cfp|deadline"
          + "|rank\\w*|runner|leaderboard|track|task|baseline|team|solution|report|top|version|copy|workshops|conferences|symposia|submi\\w*|reject\\w*|publication)\\b");
  /**
   * A sentence after a bare venue that only points to the paper's code, data or page ("IPMI 2025.
   * Code and weights", "CS&Law 2025. For data, see …"): it says nothing of a venue.
   */
  private static final Pattern NOTE_AFTER =
      Pattern.compile(
          "\\s*[.;]\\s+(?i:(?:our\\s+|the\\s+)?(?:codes?|project|website|web\\s*page|homepage|data|datasets?|for\\s+data|github|repository|source\\s+code|models?|weights|demo|supplementary))\\b.*+");

  /** The capitalised word of a name that says it names an event. */
  private static final Pattern EVENT_WORD = Pattern.compile("\\b(?:Conference|Conf\\.?|Symposium|Congress|Summit|Workshop|Meeting|Forum|Colloquium|Seminar|conference|symposium|congress|workshop|summit)\\b");
  private static final Pattern DIRECT_YEAR = Pattern.compile("\\s+(?:19|20)\\d\\d(?!\\d)");
  private static final Pattern GLUED_YEAR = Pattern.compile("(.*\\p{L})((?:19|20)\\d\\d|\\d\\d)");
  /** The last word of a name, with the space before it. */
  private static final Pattern LAST_NAME_WORD = Pattern.compile("\\s+(\\S+)$");
  /** A part of a venue's proceedings, not an event: "Extended Abstracts of the CHI Conference on …". */
  private static final Pattern PROCEEDINGS_PART = Pattern.compile("Proceedings|Companion|Adjunct|Extended Abstracts");
  /** A name cut short where it goes on with a number ("EG Symposium on 3D Object Retrieval"). */
  private static final Pattern DIGIT_NEXT = Pattern.compile("\\s+\\p{N}+\\p{L}");
  /** Words of an event's name that do not tell one event from another ("the International Conference"). */
  private static final Pattern EVENT_NOISE =
      Pattern.compile("(?i)\\b(?:International|Annual|Joint|Main|Student|Doctoral|Conference|Conf|Symposium|Congress|Summit|Workshops?|Meeting|Forum|Colloquium|Seminar|Track|Session|Proceedings|Companion|Findings|on|of|and|for|in|the|with|de|du)\\b|&|\\.");
  /**
   * What may follow an event's full name: its acronym and year ("…, IWAIPR 2025", " (SSW13)", " (MT
   * Summit 2025", the clause cut at a semicolon), or a year.
   */
  private static final String EVENT_ACRONYM = "\\*?\\p{L}[\\p{L}\\p{N}-]*?";
  private static final String EVENT_YEAR = "(?:19|20)\\d\\d|['’]\\d\\d";
  private static final Pattern AFTER_EVENT_NAME =
      Pattern.compile(
          "^(?:\\s*-\\s*Volume\\s+\\d+)?\\s*(?:\\(\\s*(?<acronym>" + EVENT_ACRONYM + "(?:\\s+\\p{Lu}\\p{Ll}+)?)(?:[\\s'’-]*(?<year>" + EVENT_YEAR + ")|(?<glued>\\d\\d))?\\s*(?:\\)|$)"
              + "|,?\\s*(?<acronym2>" + EVENT_ACRONYM + ")(?:[\\s'’-]*(?<year2>" + EVENT_YEAR + ")|(?<glued2>\\d\\d))(?![\\p{L}\\p{N}])"
              + "|[,(]?\\s*(?<year3>" + EVENT_YEAR + ")\\)?(?![\\p{L}\\p{N}])(?:\\s*\\(\\s*(?<acronym3>" + EVENT_ACRONYM + ")(?:[\\s'’-]*(?:" + EVENT_YEAR + "))?\\s*\\))?)");
  /**
   * A journal named by its title alone where a statement puts the paper in it ("Accepted to Applied
   * Soft Computing", "Accepted for publication in Philosophy of Science", "Published in Digital
   * Signal Processing, Volume 141"): the words before it, and what may come after it.
   */
  private static final Pattern IN_A_TITLE_ALONE = Pattern.compile("(?i)(?:" + STATUS_WORD + ")(?:\\s+for\\s+publication)?\\s+(?:in|to|by|on):?\\s+(?:the\\s+)?$");
  private static final Pattern WORD_IN_LOWER_CASE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
  private static final Pattern FOR_PUBLICATION_IN = Pattern.compile("(?i)(?:for\\s+publication|published)\\s+(?:in|on):?\\s+(?:the\\s+)?$");
  private static final Pattern AFTER_TITLE_ALONE =
      Pattern.compile("\\s*(?:$|[.;]|,\\s*(?:Vol\\.?|Volume|vol\\.?|pp\\.?|DOI|doi|Issue)\\b|,\\s*(?:19|20)\\d\\d\\s*(?:$|[.;])|\\((?!\\s*\\p{Lu}[\\p{Lu}\\p{N}-]+\\s*['’]?\\d{2,4}\\s*\\)))");
  /** Words no journal's title is made of: events, parts of proceedings, institutions, places to post a preprint. */
  private static final Pattern NOT_A_JOURNAL_TITLE =
      Pattern.compile(
          "(?i)\\b(?:conference|conf|symposium|workshops?|congress|summit|meeting|forum|colloquium|seminar|proceedings|findings|track|session|main|companion|challenge|competition|task|society|association|institute|university|lab|laboratory|school|anthology|xplore|arxiv|github|hugging\\s*face|supplementary|appendix|zenodo|openreview|researchgate|ssrn|techrxiv|biorxiv|medrxiv|psyarxiv|ieeexplore|library|volume|issue|special|extended|abstracts?|series|lecture|notes|book|chapter|edition|version|press)\\b");
  /** A publisher named alone, or a book's publisher after the title: no journal is named. */
  private static final Pattern PUBLISHER_ALONE =
      Pattern.compile("(?:Springer(?:\\s+Nature)?|Elsevier|Wiley|MDPI|IEEE|ACM|Taylor\\s+(?:&|and)\\s+Francis|SAGE|Frontiers|De\\s+Gruyter|World\\s+Scientific|IOP|AIP|IET)");
  private static final Pattern BOOK_AFTER = Pattern.compile("(?i)\\b(?:press|publishing|publishers|eds?\\.|editors?)\\b");
  /**
   * The heading of a proceedings, as ACM and others print it: "CSAIDE '25: Proceedings of the 2025
   * 4th International Conference on ...", "CVMP 2022: The 19th European Conference on Visual Media
   * Production". The acronym before the colon names the venue the name after it describes.
   */
  private static final Pattern PROCEEDINGS_HEADING =
      Pattern.compile(
          "(?:^|[,;]\\s*)(\\p{Lu}[\\p{Lu}\\p{N}-]*\\p{Lu}[\\p{Lu}\\p{N}-]*)\\s*(?:['’](\\d{2})|(\\d{4}))\\s*:\\s*(?i:proceedings\\s+of\\s+)?(?i:the\\s+)?(?:\\d{4}\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?(?:(?:IEEE|ACM|\\p{Lu}+)\\s+){0,3}(?:International\\s+|European\\s+|Annual\\s+)*(?:Conference|Symposium|Workshop)\\b");
  /** The edition in a workshop's heading, in digits or words ("3rd", "Second"). */
  private static final String HEADING_ORDINAL = "(?:(?:\\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\s+)?";
  /**
   * A workshop's heading: its acronym and year (glued or not) before a colon and "Workshop on":
   * "accepted at GlobalNLP 2025: Workshop on beyond English", "EvalLLM2025: Workshop on ...",
   * "AIP2025: Second Workshop on AI in Production".
   */
  private static final Pattern WORKSHOP_HEADING =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])(?<acronym>\\p{Lu}[\\p{L}\\p{N}-]*?\\p{Lu}[\\p{L}\\p{N}-]*?)[\\s'’-]*(?<year>(?:19|20)\\d\\d|['’]\\d\\d)\\s*:\\s*(?i:the\\s+)?" + HEADING_ORDINAL + "(?i:international\\s+)?(?i:workshop)\\b");
  /**
   * The same heading without a year where it opens the statement: "LUHME: 2nd Workshop on Language
   * Understanding in the Human-Machine Era".
   */
  private static final Pattern WORKSHOP_HEADING_UNDATED =
      Pattern.compile(
          "^\\s*(?<acronym>\\p{Lu}[\\p{L}\\p{N}-]*?\\p{Lu}[\\p{L}\\p{N}-]*?)\\s*:\\s*(?i:the\\s+)?" + HEADING_ORDINAL + "(?i:international\\s+)?(?i:workshop)\\s+(?:on|in|for)\\b");
  /** A workshop named in parentheses right after its host: "SC '25) Conference (Frontiers in … Workshop)", "ICCV 2025 (Workshop on …)". */
  private static final Pattern WORKSHOP_IN_PARENTHESES =
      Pattern.compile("^\\s*(?:['’]?\\d{2}|\\d{4})?\\s*\\)?\\s*(?i:conference\\s*)?\\([^()]*\\b(?i:workshop)\\b[^()]*\\)");
  /** A workshop's acronym ending in "4" and its host's acronym ("EMA4MICCAI"). */
  private static final Pattern FOR_HOST = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*?4(\\p{Lu}{3,}[\\p{Lu}\\p{N}]*)");
  /** "ECAI-EXCD Workshop", "EMNLP-Findings": a host's acronym joined to its workshop's or its Findings by a hyphen. */
  private static final Pattern HOST_HYPHEN_WORKSHOP =
      Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{Lu}\\p{N}]+)-(?=\\p{Lu}[\\p{L}\\p{N}]*\\s+(?i:workshops?)\\b|Findings\\b)");
  private static final Pattern TRANSACTIONS_HYPHEN = Pattern.compile("T-\\p{Lu}{2,}");
  /**
   * A workshop no registry lists and no host is named for, by its acronym and year where a
   * statement puts the paper at it: "published in ModRef 2025 workshop", "Accepted to MIRASOL
   * (Medical Image Computing in Resource Constrained Settings Workshop & KI) Workshop, 2025".
   */
  private static final Pattern UNKNOWN_WORKSHOP =
      Pattern.compile(
          "(?:" + STATUS_WORD + "|(?i:present\\w*))\\s+(?i:by|in|to|at|for):?\\s+(?i:the\\s+)?(?<acronym>\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*)"
              + "(?:[\\s'’-]*(?<yearBefore>(?:19|20)\\d\\d|['’]\\d\\d))?(?:\\s*\\([^)]*\\))?\\s+(?i:workshop)\\b(?:,?\\s*(?<yearAfter>(?:19|20)\\d\\d))?");
  /** After a host's workshop, the workshop's name and the year: "CVPRW on EventVision 2025". */
  private static final Pattern WORKSHOP_NAMED_THEN_YEAR = Pattern.compile("\\s+on\\s+(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){1,4}((?:19|20)\\d\\d)(?!\\d)");
  /**
   * A workshop's name joined to its host's acronym by a hyphen, the name in mixed case as workshop
   * names are ("knowledgeNLP-NAACL"); joint conferences are written in capitals ("ECML-PKDD").
   */
  private static final Pattern WORKSHOP_JOINED_TO_HOST = Pattern.compile("([\\p{L}\\p{N}]+)-(\\p{Lu}{3,}[\\p{Lu}\\p{N}]*)");
  /** A host's workshops and one of them, joined by a hyphen: "ICCVW-CV4BIOM". */
  private static final Pattern HOST_WORKSHOPS_THEN_WORKSHOP = Pattern.compile("(\\p{Lu}{3,})W-[\\p{L}\\p{N}]*\\p{L}");
  /** An acronym in capitals, three letters or more. */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,}");
  /** A name in mixed case: a lower-case letter and a capital after it. */
  private static final Pattern MIXED_CASE = Pattern.compile("\\p{Ll}.*\\p{Lu}");
  /** An ordinal in digits ("19th"). */
  private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
  /** A society's name joined to an acronym by a hyphen ("IEEE-DSAA"). */
  private static final Pattern SOCIETY_JOINED = Pattern.compile("(?:IEEE|ACM)-(\\p{Lu}[\\p{L}\\p{N}-]*)");
  /** A society's name and the space after it, right before an acronym ("IEEE Vis"). */
  private static final Pattern SOCIETY_BEFORE = Pattern.compile("(?:IEEE|ACM)\\s+");
  /** Publishers and proceedings series: never a conference of their own. */
  private static final Set<String> NOT_A_CONFERENCE = Set.of("IEEE", "ACM", "IET", "MDPI", "LNCS", "LNAI", "CCIS", "CEUR", "CEUR-WS", "PMLR", "SPIE", "AIP", "IOP", "JMLR", "ELRA");
  /**
   * What may stand between a venue's name and its acronym when both name it once, a volume among
   * it ("… Data Mining V.2 (KDD 25)").
   */
  private static final Pattern SAME_PLACE = Pattern.compile("(?i)[\\s(),:'’\\-–\\d]*(?:(?:ieee|acm|ieee/cvf|the|journal|conference|symposium|international|annual|v(?:ol)?\\.)[\\s(),:'’\\-–\\d]*)*");
  /** A word of a workshop's name: capitalised, a number, or a mixed-case acronym (eLVM). */
  private static final String PART_WORD = "(?:[\\p{Lu}\\p{N}]|\\p{Ll}+\\p{Lu})[\\p{L}\\p{N}&'’/+-]*";
  /** A workshop's name: its words, with commas and lower-case connectors between them. */
  private static final String PART_TITLE =
      PART_WORD + "(?:(?:,\\s+|\\s+)(?:(?:of|and|for|on|in|&|the|with|to|from|a|an|beyond)\\s+)*" + PART_WORD + ")*";
  private static final String PART_ACRONYM = "\\s*\\(\\s*(?<acronym>\\p{Lu}[\\p{L}\\p{N}&+-]*\\p{Lu}[\\p{L}\\p{N}&+-]*)";
  /** "CVSports@CVPR'25", "GRADES-NDA 2025 @ SIGMOD": the workshop's acronym before the @. */
  private static final Pattern PART_AT = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{L}[\\p{L}\\p{N}-]*\\p{L}[\\p{N}]?)(?:\\s*['’]?\\d{2}|\\s*\\d{4})?\\s*@\\s*$");
  /** "Workshop on Efficient Large Vision Models (eLVM)". */
  private static final Pattern PART_WORKSHOP_ON =
      Pattern.compile("(?i:workshop)\\s+(?i:on|in|for)\\s+(?<title>" + PART_TITLE + ")(?:" + PART_ACRONYM + ")?");
  /** "ACL 2025 Workshop (FEVER)". */
  private static final Pattern PART_WORKSHOP_ACRONYM = Pattern.compile("(?i:workshop)" + PART_ACRONYM);
  /** "ICCV 2025 CDEL Workshop", "CVPR 2025 Event-based Vision Workshop". */
  private static final Pattern PART_NAMED_WORKSHOP = Pattern.compile("(?<title>" + PART_TITLE + ")\\s+(?i:workshops?)\\b(?:" + PART_ACRONYM + ")?");
  /** Words a workshop's name starts with that say nothing of which workshop it is. */
  private static final Pattern PART_NOISE =
      Pattern.compile("^(?:(?:The|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\\d+(?:st|nd|rd|th)|International|Joint|Annual|IEEE|ACM|IEEE/CVF|Accepted|Proceedings)(?:\\s+|,\\s*|$))+");
  /**
   * What a workshop's name never starts with: punctuation, a year, an ordinal, and the words of a
   * status or a proceedings ("Accepted for the", "Published in Proceedings of the"): the status
   * word's own preposition is not the workshop's name.
   */
  private static final Pattern PART_LEAD =
      Pattern.compile("^(?:[\\s'’,:;\"“”-]+|(?:19|20)\\d\\d\\b|\\d+(?:st|nd|rd|th)?\\b|(?i:published|accepted|presented|appears?|appearing|proceedings|for|at|to|in|by|of|on|the)(?=\\s|$))+");
  private static final Pattern PART_TRAIL =
      Pattern.compile("(?:[\\s,:;-]+|\\s+(?:19|20)\\d\\d|\\s*['’]\\d\\d|\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|\\s+(?:of|and|for|on|in|at|with|to|from|the|a|an|&|co-located|colocated|collocated|held))+$");
  /** What a comment counts ("14 pages, 6 Figures, ICPR 2024 Workshop …"): no workshop's name. */
  private static final Pattern NOT_A_PART_NAME = Pattern.compile("(?i)(?:pages?|figures?|tables?|references|appendix|appendices)");
  /** How a workshop's name is placed before its host: "X, NAACL 2025", "X at ICLR 2025", "X in CVPR 2024", "X @ ICML". */
  private static final Pattern NAME_BEFORE_HOST = Pattern.compile("(?:,|\\bat|\\bin|@)\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FINDINGS = Pattern.compile("\\bfindings\\b");
  /** The conferences whose Findings are a track of their own; elsewhere "Findings" is a workshop (Findings of ICCV). */
  private static final Set<String> FINDINGS_HOSTS = Set.of("ACL", "EMNLP", "NAACL", "EACL", "AACL", "IJCNLP");
  /** "Findings of the Association for Computational Linguistics 2025": ACL's, unless another host is named after it. */
  private static final Pattern FINDINGS_OF_ACL =
      Pattern.compile("(?i)\\bfindings\\s+of\\s+(?:the\\s+)?(association\\s+for\\s+computational\\s+linguistics)\\b(?![\\s:(,]*(?:emnlp|naacl|eacl|aacl|ijcnlp))");
  /** "NAACL2025-Findings": a word glued to a venue and its year by a hyphen. */
  private static final Pattern GLUED_WORD = Pattern.compile("(.*\\p{L}.*\\d)-\\p{L}+");
  /**
   * "accepted by ECAI MODeM 2025", "ICLR 2025 ML4RS": an acronym no registry knows right after a
   * conference, ending the statement, is a workshop held there.
   */
  private static final Pattern HOST_THEN_ACRONYM =
      Pattern.compile("^(?:\\s*['’]?\\d{2}(?!\\d)|\\s*\\d{4})?\\s+(?<acronym>\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s*['’](?<twoDigits>\\d{2})|\\s+(?<fourDigits>\\d{4}))?\\s*(?:$|[,;.(])");
  /** After a host: "Workshop on Privacy-Preserving Artificial Intelligence (PPAI) 2025". */
  private static final Pattern HOST_WORKSHOP_YEAR =
      Pattern.compile("\\s+(?i:workshops?)\\s+(?i:on|in|for)\\s+" + PART_TITLE + "(?:\\s*\\([^)]*\\))?[\\s,'’]*(?:(\\d{4})|['’](\\d{2}))(?!\\d)");
  private static final Set<String> CONNECTORS = Set.of("of", "on", "in", "for", "and", "the", "&", "de", "to", "with", "at");

  private final VenueRegistry registry;

  public VenueResolver(VenueRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  public VenueRegistry registry() {
    return registry;
  }

  /** A place in the text that names a venue. */
  /** How a venue was named; a full name says "venue" by itself, an acronym needs more. */
  private enum Kind {
    ACRONYM,
    /** An acronym that is also a word ("DATE", "FAST"), or written all lower case: needs its year. */
    WORDLIKE,
    NAME,
    PROVISIONAL
  }

  /** A place in the text that names a venue; {@code workshop} for CVPRW and the like. */
  /**
   * A venue named in a clause; {@code workshop} when the paper is a workshop paper there, and
   * {@code heldWorkshop} the registry's workshop series held at this venue that the clause names
   * ("SemEval-2025, an ACL 2025 workshop"), or null.
   */
  private record Mention(int start, int end, List<VenueSeries> series, Integer year, Kind kind, boolean workshop, VenueSeries heldWorkshop) {
    Mention(int start, int end, List<VenueSeries> series, Integer year, Kind kind, boolean workshop) {
      this(start, end, series, year, kind, workshop, null);
    }

    Mention(int start, int end, List<VenueSeries> series, Integer year, Kind kind) {
      this(start, end, series, year, kind, false);
    }

    /** True when the registry lists the one series named as a workshop of its own. */
    boolean registryWorkshop() {
      return series.size() == 1 && series.get(0).kind() == VenueKind.WORKSHOP;
    }

    /** True when the one series named is a conference (not a journal, not a workshop). */
    boolean conference() {
      return series.size() == 1 && series.get(0).kind() == VenueKind.CONFERENCE;
    }
  }

  /** {@code text} without its counts of pages, figures, tables and the like, and the punctuation around them. */
  private static String withoutCounts(String text) {
    String s = COUNTS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
    // Trimmed by hand: a pattern anchored at the end would try every position of a long run of
    // spaces and punctuation, which costs the square of its length.
    int from = 0;
    int to = s.length();
    while (from < to && AROUND_COUNTS.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && AROUND_COUNTS.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  /** What stands around a count and goes with it: spaces (one, once runs are joined) and punctuation. */
  private static final String AROUND_COUNTS = " ,.;:";

  /** The claims a comment makes, in text order, each (series, year, status) once. */
  public List<VenueClaim> resolve(String written) {
    String comment = unquoted(withAcronymsCapitalised(written));
    String text = splitHostFromWorkshop(mask(comment));
    Map<String, VenueClaim> claims = new LinkedHashMap<>();
    int from = 0;
    Matcher end = CLAUSE_END.matcher(text);
    String withoutCounts = withoutCounts(comment);
    List<String> clauses = new ArrayList<>();
    while (from < text.length()) {
      int to = end.find(from) ? end.start() : text.length();
      clauses.add(text.substring(from, to));
      from = to + 1;
    }
    // A venue statement is a clause of a few hundred characters (the longest clause of a comment
    // in the 35,020 real records that names a venue has under 500); a longer one is read as
    // naming none, which also keeps the patterns' backtracking and recursion bounded on hostile text.
    // Left empty in place: the joins below stop at them.
    clauses.replaceAll(c -> c.length() > MAX_CLAUSE_CHARS ? "" : c);
    joinBareStatuses(clauses);
    joinHosts(clauses);
    clauses.removeIf(String::isEmpty);
    for (String clause : clauses) {
      resolveClause(comment, withoutCounts, clause, claims, false);
    }
    if (claims.isEmpty()) {
      // The loosest reading, an event named in full with no acronym a registry or the statement
      // gives, only where nothing else in the comment names a venue: "… Workshop on X. Workshop at
      // IJCAI 2025" is a workshop of IJCAI, not a venue of its own besides.
      for (String clause : clauses) {
        resolveClause(comment, withoutCounts, clause, claims, true);
      }
    }
    dropYearlessDuplicates(claims);
    dropRestatements(claims, comment);
    dropTemplateVenues(claims, clauses);
    workshopOfLoneHost(claims, clauses);
    // The claims keep the comment as written, not as its acronyms were read.
    return claims.values().stream().map(c -> new VenueClaim(c.status(), c.series(), c.year(), written, c.part())).toList();
  }

  /**
   * A venue's name in quotes right after the word that puts the paper in it: "Accepted for
   * publication in 'Cognitive Science'", "accepted for publication in "Expert Systems With
   * Applications"".
   */
  private static final Pattern QUOTED_NAME = Pattern.compile("(?<=\\b(?i:in|to|at|by|on)\\s)(['‘\"“])(\\p{Lu}[^'’\"”]{2,150})(['’\"”])");

  /** The comment with the quotes around such a name written as spaces, so that offsets still hold and the name reads as if unquoted. */
  private static String unquoted(String comment) {
    return QUOTED_NAME.matcher(comment).replaceAll(q -> " " + Matcher.quoteReplacement(q.group(2)) + " ");
  }

  /** The word that makes a paper a workshop paper, standing alone: not in "cmsworkshops.com" or "github.com/x/cvpr-workshop". */
  private static final Pattern WORKSHOP_WORD = Pattern.compile("(?i)(?<![\\p{L}\\p{N}/._-])workshops?(?![\\p{L}\\p{N}/_-])");
  /** A quoted title, whose words are not the comment's ("Paper title: \"Co-design workshops with older adults\""). */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
  /**
   * What makes a workshop another event than the paper's: a second presentation ("also presented
   * at"), an earlier or related paper, a prize or a challenge there, a talk, thanks, the
   * workshops of a study's method ("co-design workshops"), a track's name.
   */
  private static final Pattern WORKSHOP_OTHERWISE =
      Pattern.compile(
          "\\b(?:also|additionally|as well|previous(?:ly)?|earlier|prior|related|companion|subsumes|workshop version|extended abstract|award|best|winner|winning|finalist|prize|place\\b|ranked|challenge|competition|shared task|talk|keynote|thank|acknowledg|organi[sz]|co-?design|participatory|conducted|we ran|we held|track)");

  /** A venue's template or style files, which a paper uses wherever it goes. */
  private static final Pattern TEMPLATE = Pattern.compile("(?i)\\btemplates?\\b|\\bstyle\\s*files?\\b|\\blatex\\s+class\\b");

  /**
   * "9-page NeurIPS 2025 preprint … Prepared using the NeurIPS 2025 preprint template": a venue
   * whose template the comment names is not the paper's by a bare mention elsewhere in it, only
   * by a clause with a status word of its own ("Accepted at ICML 2025. Uses the ICML template").
   */
  private void dropTemplateVenues(Map<String, VenueClaim> claims, List<String> clauses) {
    if (claims.isEmpty() || clauses.stream().noneMatch(c -> TEMPLATE.matcher(c).find())) {
      return; // the common case: the clauses are not read again
    }
    Set<VenueSeries> templates = new HashSet<>();
    Set<VenueSeries> stated = new HashSet<>();
    for (String clause : clauses) {
      boolean template = TEMPLATE.matcher(clause).find();
      if (!template && statusIn(clause.toLowerCase(Locale.ROOT)) == null) {
        continue;
      }
      for (Mention m : findMentions(clause, false, false, false, false)) {
        (template ? templates : stated).addAll(m.series());
      }
    }
    templates.removeAll(stated);
    if (!templates.isEmpty()) {
      claims.values().removeIf(c -> templates.contains(c.series()));
    }
  }

  /**
   * "ICCV 2025; OpenSUN3D Workshop", "Accepted ICCV 2025. … (PHAROS-AFE-AIMI Workshop)", "BMVC
   * 2025, in the From Scene Understanding to Human Modeling Workshop", "presented in IJCNN 2025
   * "AI Innovations for Education …" workshop": a comment that puts the paper at one conference's
   * edition, and elsewhere calls it a workshop's without naming another venue there, puts it at a
   * workshop of that edition (rule 4 of the labelling rules: a workshop paper is presented at the
   * host's edition as a workshop paper). Not where the comment names another venue with the
   * workshop word ("Ranked first in the CVPR DriveX workshop challenge. Accepted by ITSC 2025"),
   * even by an acronym that is a word ("also at an RSS workshop"); where the workshop is another
   * paper's, a submission's, a second presentation's, a prize's, a challenge's or a study's ("an
   * earlier version at a workshop", "submitted to a workshop", "Also presented at the X
   * workshop", "best paper at the X workshop", "we ran co-design workshops"), or a statement of
   * its own beside one about the host ("Accepted to ICLR 2025. Presented at the X workshop");
   * where the workshop's clause gives another year (a workshop of its own); where the word is in
   * a quoted title or an address; for a track of the host (Findings); nor where the host is
   * itself a workshop series (ASRU, MMSP), whose own name has the word.
   */
  private void workshopOfLoneHost(Map<String, VenueClaim> claims, List<String> clauses) {
    if (claims.isEmpty() || claims.values().stream().anyMatch(c -> c.status() == VenueStatus.WORKSHOP)
        || clauses.stream().noneMatch(c -> WORKSHOP_WORD.matcher(c).find())) {
      return;
    }
    VenueClaim host = null;
    for (VenueClaim c : claims.values()) {
      if (host != null && !c.series().equals(host.series())) {
        return; // two venues: which one the workshop word is about, the comment does not say
      }
      if (c.status().presented()) {
        if (host != null && host.status().presented() && !Objects.equals(host.year(), c.year())) {
          return;
        }
        host = c;
      } else if (host == null) {
        host = c;
      }
    }
    VenueSeries series = host.series();
    if (!host.status().presented() || host.year() == null || host.part() != null || series.kind() != VenueKind.CONFERENCE || series.provisional()
        || namesAWorkshop(series)) {
      return; // a track of the host ("Findings of ACL 2025; also at a workshop") is no workshop paper
    }
    boolean workshopClause = false;
    boolean hostStated = false; // a status word in a clause that names the host
    boolean workshopStated = false; // a status word in a workshop clause that does not
    for (String clause : clauses) {
      String lower = clause.toLowerCase(Locale.ROOT);
      boolean names = false;
      boolean other = false;
      for (Mention m : findMentions(clause, false, false, false, false)) {
        names |= m.series().contains(series);
        // Another conference or workshop series, even one whose acronym is a word ("an RSS
        // workshop", "a CHI workshop"); not a journal ("KSEM2025 AI & Sec Workshop").
        other |= !m.series().contains(series) && m.series().stream().anyMatch(s -> !s.journal());
      }
      VenueStatus stated = statusIn(lower);
      hostStated |= names && stated != null;
      if (!WORKSHOP_WORD.matcher(QUOTED.matcher(clause).replaceAll(" ")).find()) {
        continue;
      }
      if (other || stated == VenueStatus.SUBMITTED || stated == VenueStatus.UNDER_REVIEW || NOT_THIS_PAPER.matcher(lower).find() || WORKSHOP_OTHERWISE.matcher(lower).find()) {
        return;
      }
      Matcher year = ANY_YEAR.matcher(clause);
      while (year.find()) {
        if (Integer.parseInt(year.group(1)) != host.year()) {
          return; // "presented at the Workshop on X 2024. AAAI 2025": a workshop of its own, another year
        }
      }
      if (!names && !readsAsAName(withoutCounts(clause))) {
        return; // "The dataset was built during a Dagstuhl workshop", "Top-1 on the workshop's leaderboard"
      }
      workshopClause = true;
      workshopStated |= !names && stated != null;
    }
    // "Accepted to NeurIPS 2025. Presented at the New in ML workshop": two statements, two events.
    if (!workshopClause || hostStated && workshopStated) {
      return;
    }
    VenueClaim workshop = new VenueClaim(VenueStatus.WORKSHOP, series, host.year(), host.rawText(), null);
    claims.values().removeIf(c -> c.status().presented());
    claims.put(edition(workshop) + "|" + workshop.status(), workshop);
  }

  /** The words in lower case a workshop named on its own may have: a name's small words and a statement's. */
  private static final Set<String> WORDS_OF_A_NAMED_WORKSHOP =
      Set.of("of", "on", "and", "for", "in", "at", "the", "a", "an", "to", "with", "from", "by", "workshop", "workshops", "page", "accepted", "publication",
          "published", "presented", "appear", "proceedings");

  /**
   * Whether a clause without the host reads as a workshop's name, perhaps after the words that
   * state it ("OpenSUN3D Workshop", "Adaptation, Fairness, Explainability in AI Medical Imaging
   * (PHAROS-AFE-AIMI Workshop)", "Accepted for publication in the 4th HCI+NLP Workshop"): every
   * word in lower case is one of {@link #WORDS_OF_A_NAMED_WORKSHOP}. A sentence about something
   * else that has the word ("The dataset was built during a Dagstuhl workshop") does not.
   */
  private static boolean readsAsAName(String clause) {
    for (String word : clause.split("[^\\p{L}\\p{N}+&-]+")) {
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !WORDS_OF_A_NAMED_WORKSHOP.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a series' own names say it is a workshop ("Automatic Speech Recognition and Understanding Workshop"). */
  private static boolean namesAWorkshop(VenueSeries s) {
    return (s.fullName() != null && WORKSHOP_WORD.matcher(s.fullName()).find()) || s.aliases().stream().anyMatch(a -> WORKSHOP_WORD.matcher(a).find());
  }

  /** A sentence that is nothing but a status: "To appear.", "Accepted", "In press". */
  private static final Pattern BARE_STATUS = Pattern.compile("(?i)\\s*(?:to appear|forthcoming|in press|accepted)[\\s.!]*");

  /**
   * Joins a sentence that is nothing but a status to the clause before it: "KONVENS 2025. To
   * appear" says the paper is to appear at KONVENS 2025. Where that clause has a status of its
   * own ("Accepted to ICDM 2025. To appear"), the words before the venue still decide.
   */
  private static void joinBareStatuses(List<String> clauses) {
    for (int i = clauses.size() - 1; i > 0; i--) {
      if (BARE_STATUS.matcher(clauses.get(i)).matches() && !clauses.get(i - 1).isBlank()) {
        join(clauses, i - 1, i);
      }
    }
  }

  /**
   * Joins clauses {@code from} to {@code to} into the first, with commas, unless the result is
   * longer than a clause may be: a statement is never longer than a clause read at all.
   *
   * @return whether they were joined
   */
  private static boolean join(List<String> clauses, int from, int to) {
    StringBuilder joined = new StringBuilder(clauses.get(from));
    for (int k = from + 1; k <= to; k++) {
      joined.append(", ").append(clauses.get(k).strip());
    }
    if (joined.length() > MAX_CLAUSE_CHARS) {
      return false;
    }
    clauses.subList(from + 1, to + 1).clear();
    clauses.set(from, joined.toString());
    return true;
  }

  /** A clause that is only a venue's acronym and its year in full: "… (LM4DH 2025). RANLP 2025". */
  private static final Pattern BARE_VENUE = Pattern.compile("\\s*(?:IEEE |ACM )?\\p{Lu}[\\p{L}\\p{N}]{1,15}[ -]?((?:19|20)\\d{2})\\s*");
  /** A workshop clause that ends in its own acronym and year in parentheses: "(LM4DH 2025)". */
  private static final Pattern ENDS_IN_ACRONYM_YEAR = Pattern.compile("\\([\\p{L}\\p{N}-]{2,20} ((?:19|20)\\d{2})\\)\\s*$");

  /** A clause that names where a workshop is held: "co-located with The 24th ISWC, ISWC 2025". */
  private static final Pattern HOST_CLAUSE = Pattern.compile("(?is)\\s*(?:co-?located (?:with|at)|collocated (?:with|at)|in conjunction with|held (?:with|at|in conjunction with))\\b.*");

  /**
   * Joins a clause that names a workshop's host to the clause that names the workshop, up to two
   * clauses before it, with what lies between (a date and a place), and a clause that is only a
   * venue's acronym and year to a workshop's clause right before it ("The First Workshop on … (LM4DH
   * 2025). RANLP 2025" is a workshop at RANLP 2025): "Accepted to the 5th
   * International Workshop on Scientific Knowledge: …; 2 November 2025 - Nara, Japan; co-located
   * with The 24th International Semantic Web Conference, ISWC 2025" is a workshop at ISWC 2025.
   */
  private static void joinHosts(List<String> clauses) {
    for (int i = clauses.size() - 1; i > 0; i--) {
      boolean bare = bareHostOfWorkshop(clauses.get(i - 1), clauses.get(i));
      if (!bare && !HOST_CLAUSE.matcher(clauses.get(i)).matches()) {
        continue;
      }
      // A bare venue goes with the clause right before it only: "… (LM4DH 2025). RANLP 2025".
      for (int j = i - 1; j >= Math.max(0, bare ? i - 1 : i - 2); j--) {
        if (clauses.get(j).isEmpty()) {
          break; // a clause too long to read stands between them
        }
        if (clauses.get(j).toLowerCase(Locale.ROOT).contains("workshop")) {
          if (join(clauses, j, i)) {
            i = j;
          }
          break;
        }
      }
    }
  }

  /**
   * Whether {@code next} is only a venue's acronym and year and {@code workshop} a workshop's clause
   * ending in its own acronym and the same year: "The First Workshop on … (LM4DH 2025). RANLP
   * 2025". Not "… the ICML 2024 Workshop on X. ICLR 2025": another venue, not the workshop's host.
   */
  private static boolean bareHostOfWorkshop(String workshop, String next) {
    if (next.length() > 40 || !workshop.toLowerCase(Locale.ROOT).contains("workshop")) {
      return false;
    }
    Matcher bare = BARE_VENUE.matcher(next);
    Matcher own = ENDS_IN_ACRONYM_YEAR.matcher(workshop);
    return bare.matches() && own.find() && own.group(1).equals(bare.group(1));
  }

  private void resolveClause(String comment, String commentWithoutCounts, String clause, Map<String, VenueClaim> claims, boolean namedEvents) {
    // "7 pages. 18 figures. Semantic Technology for … (STIDS 2024)": the counts of pages, figures
    // and tables say nothing of a venue, so the name is all the comment says.
    boolean whole = clause.length() >= commentWithoutCounts.length() && withoutCounts(clause).equals(commentWithoutCounts);
    // "IPMI 2025. Code and weights": the sentences after it only point to the code or the data.
    boolean alone = whole || namedEvents && onlyNotesAfter(clause, commentWithoutCounts);
    // The named events' pass runs only when the first found nothing in any clause, so the
    // registry's venues need not be looked for again.
    List<VenueClaim> found = namedEvents ? List.of() : claims(comment, clause, whole, findMentions(clause, false, whole, false, whole));
    if (found.isEmpty()) {
      // Only when no registry venue is named: "the ICLR 2025 Workshop on X (XW)" is a workshop
      // at ICLR, not a venue of its own.
      found = claims(comment, clause, whole, findMentions(clause, true, whole, namedEvents, alone));
      if (namedEvents) {
        // The named events' pass only adds them: a registry venue it reads again, with the
        // words before it cut short by the new mention, is no new claim ("A preliminary version
        // presented at ComBayNS Workshop at IJCNN'25" stays an earlier paper's).
        found = found.stream().filter(c -> c.series().provisional()).toList();
      }
    }
    for (VenueClaim c : found) {
      claims.putIfAbsent(edition(c) + "|" + c.status(), c);
    }
  }

  private List<VenueClaim> claims(String comment, String clause, boolean whole, List<Mention> found) {
    // A word-like acronym without its year names nothing, so it does not cut the statement
    // around its neighbours either ("CVPR 2025 Embodied AI Workshop" stays a workshop).
    // Nor does an organiser's acronym in front of another conference's name.
    List<Mention> mentions =
        merge(clause, found).stream()
            .filter(m -> m.kind() != Kind.WORDLIKE || m.year() != null)
            .filter(m -> m.kind() != Kind.ACRONYM || m.year() != null || !organiserOf(clause, m))
            .filter(m -> m.kind() != Kind.ACRONYM || !IN_A_TITLE.matcher(clause.substring(0, m.start())).find())
            .toList();
    mentions = workshopsAtHosts(withoutWorkshopNames(clause, mentions));
    List<VenueClaim> stated = new ArrayList<>();
    List<VenueClaim> defaulted = new ArrayList<>();
    VenueClaim previous = null; // the claim of mention i - 1, if it made one
    boolean previousOther = false; // mention i - 1 named another paper's venue
    int organiserFrom = -1; // where the text before mention i - 1 began, when it was an organiser's name
    for (int i = 0; i < mentions.size(); i++) {
      VenueClaim companionOf = previous;
      boolean afterOther = previousOther;
      previous = null;
      previousOther = false;
      Mention m = mentions.get(i);
      if (m.series().size() != 1) {
        continue; // an acronym two registry series share, with nothing to tell them apart
      }
      // "co-located with AAAI ICWSM 2025": the words before an organiser's name in front of the
      // venue are the venue's too.
      int segStart = organiserFrom >= 0 ? organiserFrom : i == 0 ? 0 : mentions.get(i - 1).end();
      organiserFrom = -1;
      int segEnd = i + 1 == mentions.size() ? clause.length() : mentions.get(i + 1).start();
      String before = clause.substring(segStart, m.start()).toLowerCase(Locale.ROOT);
      String after = clause.substring(m.end(), segEnd).toLowerCase(Locale.ROOT);
      String ownBefore = FULL_VERSION.matcher(before).replaceAll(" ");
      // "Accepted by TPAMI, extension of CVPR 2024 paper": a venue with its own status word is
      // this paper's; the earlier paper named after the comma is another's. A rejection after the
      // comma still undoes it ("Strong accept by NeurIPS2025 Reviewers and AC, but reject by PC").
      VenueStatus own = statusIn(ownBefore);
      String ownAfter = own != null && own.presented() && !REJECTED.matcher(after).find() ? SEPARATED.matcher(after).replaceFirst("") : after;
      if (NOT_THIS_PAPER.matcher(ownBefore).find() || NOT_THIS_PAPER.matcher(ownAfter).find() || challengeEntry(clause, comment)) {
        previousOther = true;
        continue;
      }
      if (afterOther && own == null && LIST_CONTINUATION.matcher(before).matches()) {
        // The venue listed right after another paper's is named in the same breath: "a
        // preliminary version was presented at the ICCV 2023 Workshop on X (XW 2023) and the 2020
        // Conference on Y (CVIS 2020)". Not one after a comma alone: "Extended version of our
        // ICCV 2023 paper, IEEE TPAMI 2025" is this paper in TPAMI.
        previousOther = true;
        continue;
      }
      if (LIBRARY_AFTER.matcher(after).find() || (WEB_PAGE_AFTER.matcher(after).find() && venuesOwnPage(comment, m.series().get(0)))) {
        continue;
      }
      Integer adjacent = m.year();
      if (adjacent != null && ATTACHED_TWO_DIGITS.matcher(clause.substring(m.start(), m.end())).find()) {
        // "Speech Synthesis Workshop 2025 (SSW13)": two digits joined to the acronym are its
        // edition where the statement gives a later year in full, by two or more ("CVPR25
        // camera-ready, 2023 workshop version extended" is CVPR 2025).
        Integer fullYear = onlyYear(clause);
        if (fullYear != null && adjacent < fullYear - 1) {
          adjacent = fullYear;
        }
      }
      boolean inFront = i + 1 < mentions.size() && clause.substring(m.end(), mentions.get(i + 1).start()).isBlank();
      if (organisation(m) && JOINT_SOCIETIES.matcher(clause.substring(m.end())).lookingAt()) {
        organiserFrom = segStart;
        continue; // "2025 AAAI/ACM AI, Ethics and Society Conference (AIES'25)": the societies behind a named conference
      }
      if ((m.kind() == Kind.WORDLIKE || organisation(m)) && adjacent == null) {
        organiserFrom = inFront && organisation(m) ? segStart : -1;
        continue; // an acronym that is also a word ("DATE", "FAST") counts only with its year
      }
      boolean named = m.kind() == Kind.NAME || m.kind() == Kind.PROVISIONAL;
      // The clause is the whole comment but for its counts, and the venue is all it says: "TPAMI", "14 pages, 12 figures, ICCV".
      boolean alone = whole && NOTHING_BUT_A_PREFIX.matcher(withoutCounts(clause.substring(0, m.start()) + " " + clause.substring(m.end()))).matches();
      // "Accepted by SIGGRAPH Asia 2025 (TOG)": a journal's acronym alone in parentheses right
      // after a claimed conference is where that conference's papers appear (rule 6), cue or not.
      boolean journalInParentheses = companionOf != null && m.series().get(0).journal() && !NOT_A_CONFERENCE.contains(m.series().get(0).acronym())
          && OPEN_PARENTHESIS.matcher(before).matches() && after.stripLeading().startsWith(")");
      if (adjacent == null && !named && !alone && !journalInParentheses && !CUE.matcher(before).find() && !CUE.matcher(after).find()) {
        continue;
      }
      if (adjacent == null && inFront) {
        organiserFrom = segStart;
        continue; // "AAAI ICWSM 2025": the organiser's name in front of the venue
      }
      // The previous venue's own year ("our CVPR 2023 paper, ... accepted in TPAMI") is not this one's.
      String ownYears = afterOther && mentions.get(i - 1).year() != null ? YEAR_AFTER.matcher(before).replaceFirst("") : before;
      Integer year = adjacent != null ? adjacent : onlyYear(ownYears + " " + after);
      if (year == null && m.series().get(0).journal() && i + 1 < mentions.size()) {
        Mention next = mentions.get(i + 1);
        // The companion's year may be given with its acronym after its name: "… Proceedings of the
        // International Conference on Logic Programming (ICLP 2025)".
        Integer nextYear = next.year() == null && i + 2 < mentions.size() && mentions.get(i + 2).series().equals(next.series()) ? mentions.get(i + 2).year() : next.year();
        if (nextYear != null && next.series().size() == 1 && !next.series().get(0).journal() && COMPANION.matcher(clause.substring(m.end(), next.start()).toLowerCase(Locale.ROOT)).matches()) {
          year = nextYear; // "ACM Transactions on Graphics (Proceedings of SIGGRAPH 2025)"
        }
      }
      String acronym = m.series().get(0).acronym();
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      boolean sameVenueNext = next != null && next.series().equals(m.series()) && !next.workshop()
          && !WORKSHOP.matcher(clause.substring(next.end(), Math.min(clause.length(), next.end() + 40)).toLowerCase(Locale.ROOT)).find();
      VenueStatus status = m.workshop() ? VenueStatus.WORKSHOP : status(before, after, acronym, sameVenueNext);
      if (status != null && status.presented() && WORKSHOP_IN_PARENTHESES.matcher(after).lookingAt()) {
        status = VenueStatus.WORKSHOP; // "accepted at the Supercomputing 25 (SC '25) Conference (Frontiers in … Workshop)"
      }
      boolean companion = companionOf != null && companionOf.status() != VenueStatus.WORKSHOP && COMPANION.matcher(before).matches();
      if (companion && (status == null || status == VenueStatus.PUBLISHED && status(PROCEEDINGS_WORD.matcher(before).replaceAll(" "), after, acronym, sameVenueNext) == null)) {
        // "to be published in TVCG (IEEE VIS 2025)"; "To appear in … (TPLP), Proceedings of the 41st
        // International Conference on Logic Programming": the proceedings are the journal's issue,
        // so the statement's status holds for both.
        status = companionOf.status();
      }
      if (year == null && companion && m.series().get(0).journal() && !companionOf.series().journal()) {
        year = companionOf.year(); // "Accepted to ISMAR 2025 as a TVCG journal paper"
      }
      if (status == VenueStatus.PUBLISHED && companionOf != null && companionOf.status() == VenueStatus.TO_APPEAR && AND_THEN.matcher(before).find()) {
        status = VenueStatus.TO_APPEAR; // "to be presented at IEEE Vis 2025 (and published in IEEE TVCG 2026)"
      }
      if (m.workshop() && (statusIn(before) == VenueStatus.SUBMITTED || statusIn(before) == VenueStatus.UNDER_REVIEW)) {
        status = statusIn(before);
      }
      boolean findings = FINDINGS.matcher(before).find() || FINDINGS.matcher(after).find();
      if (findings && !findingsHost(m.series().get(0)) && !m.series().get(0).journal() && (status == null || status.presented())) {
        status = VenueStatus.WORKSHOP; // "ICCV 2025 Findings": the Findings of ICCV workshop, not a track
      }
      VenuePart part = null;
      // A workshop of its own (a provisional "ModRef Workshop") is no host: nothing is held at it.
      boolean ownWorkshop = (m.kind() == Kind.PROVISIONAL || m.registryWorkshop()) && m.workshop();
      if (!m.series().get(0).journal() && year != null && !ownWorkshop) {
        if (status == VenueStatus.WORKSHOP) {
          part = m.heldWorkshop() != null
              ? new VenuePart(VenuePart.Kind.WORKSHOP, m.heldWorkshop().acronym(), m.heldWorkshop().fullName())
              : workshopPart(clause, m);
        } else if (findings) {
          part = VenuePart.findings();
        }
      }
      if (status == VenueStatus.WORKSHOP && m.series().get(0).journal()) {
        continue; // a journal holds no workshops: "KSEM2025 AI & Sec Workshop" is no workshop of the journal AI
      }
      VenueClaim claim = new VenueClaim(status == null ? VenueStatus.PUBLISHED : status, m.series().get(0), year, comment, part);
      (status == null ? defaulted : stated).add(claim);
      previous = status == null ? null : claim;
    }
    // The same venue named twice in one statement ("ICC 2025 IEEE International Conference on
    // Communications"): the mention that carries a status word speaks for both.
    defaulted.removeIf(d -> stated.stream().anyMatch(c -> c.series().equals(d.series()) && Objects.equals(c.year(), d.year())));
    stated.addAll(defaulted);
    return stated;
  }

  /** A host's workshops written as one word: "ICCVW", "CVPRw". */
  private static final Pattern HOSTS_WORKSHOPS = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+[Ww]");

  /**
   * Without a registry acronym that names a workshop held at the conference right before it ("ICCV
   * 2025 - AIM Workshop": AIM is the workshop, not the conference Artificial Intelligence in
   * Medicine): nothing but punctuation between the host and its year and the acronym, no year of
   * its own, and "Workshop" right after it. Right after a host's workshops written as one word
   * ("ICCVW AIM 2025"), an acronym with a year is the workshop's, its year the host's edition.
   */
  private static List<Mention> withoutWorkshopNames(String clause, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention host = i == 0 ? null : mentions.get(i - 1);
      // The host's year may stand between the two and be read as the acronym's too ("ICCV 2025
      // AIM Workshop": AIM is also a journal and a conference); a registry workshop's acronym stays
      // a mention ("CVPR 2025 NTIRE Workshop"), and so does a host that is itself a workshop.
      boolean workshopName = host != null && m.kind() == Kind.ACRONYM && (m.year() == null || m.year().equals(host.year())) && !m.workshop() && !m.registryWorkshop()
          && host.series().size() == 1 && !host.series().get(0).journal() && !host.registryWorkshop()
          && HOST_BEFORE_WORKSHOP_NAME.matcher(clause.substring(host.end(), m.start())).matches()
          && WORKSHOP_WORD_NEXT.matcher(clause.substring(m.end())).lookingAt()
          && (host.year() != null || YEAR_AFTER.matcher(clause.substring(host.end())).find());
      // "ICCVW AIM 2025": after a host's workshops written as one word, an acronym and a year
      // name the workshop (AIM, also a conference of the registry) and give the host's year.
      boolean afterHostsWorkshops = host != null && !workshopName && m.kind() == Kind.ACRONYM && m.year() != null && !m.registryWorkshop()
          && host.workshop() && host.kind() == Kind.ACRONYM && host.year() == null && host.series().size() == 1
          && HOSTS_WORKSHOPS.matcher(clause.substring(host.start(), host.end())).matches() && !out.isEmpty() && out.get(out.size() - 1) == host && clause.substring(host.end(), m.start()).isBlank();
      if (afterHostsWorkshops) {
        out.set(out.size() - 1, new Mention(host.start(), host.end(), host.series(), m.year(), host.kind(), true, host.heldWorkshop()));
      } else if (!workshopName) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A workshop series of the registry named beside a conference is held there ("Accepted to
   * SemEval-2025, an ACL 2025 workshop", "ACL 2025 BioNLP Workshop"): the paper is a workshop
   * paper at the conference's edition, the workshop a part of it. The nearest conference of the
   * clause is the host; a workshop named alone is a venue of its own.
   */
  private static List<Mention> workshopsAtHosts(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention w : mentions) {
      if (!w.registryWorkshop()) {
        continue;
      }
      Mention host = null;
      for (Mention m : out) {
        // "the ISCA SLaTE 2025 Workshop": the society right in front of its workshop runs it and hosts nothing.
        boolean organiserInFront = organisation(m) && m.end() <= w.start() && distance(m, w) <= 1;
        if (m.conference() && !organiserInFront && (host == null || distance(m, w) < distance(host, w))) {
          host = m;
        }
      }
      if (host != null) {
        out.remove(w);
        out.set(out.indexOf(host), new Mention(host.start(), host.end(), host.series(), host.year() != null ? host.year() : w.year(), host.kind(), true, w.series().get(0)));
      }
    }
    return out;
  }

  private static int distance(Mention a, Mention b) {
    return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
  }

  /**
   * A report on a competition, unless the challenge is only part of a workshop's name or a shared
   * task's paper. A shared task is an entry also where another sentence of the comment says how
   * it placed or calls it a competition ("written as part of a shared task … IberLEF 2025. This
   * paper describes the joint participation of two teams in said competition").
   */
  private static boolean challengeEntry(String clause, String comment) {
    String lower = clause.toLowerCase(Locale.ROOT);
    if (PLACING.matcher(lower).find()) {
      return CHALLENGE.matcher(lower).find() || RANKED_IN_A_TRACK.matcher(lower).find();
    }
    String named = withoutNamedChallenges(lower);
    if (CHALLENGE_NOT_SHARED_TASK.matcher(named).find()) {
      return true;
    }
    if (!CHALLENGE.matcher(named).find()) {
      return false;
    }
    // The whole comment is read only for a clause that names a shared task: done for every venue of
    // a long comment, it would cost time in the square of the comment's length.
    String whole = withoutNamedChallenges(comment.toLowerCase(Locale.ROOT));
    return PLACING.matcher(whole).find() || CHALLENGE_NOT_SHARED_TASK.matcher(whole).find();
  }

  /** Lower-case text with the challenges that name a workshop or its topics written as such words. */
  private static String withoutNamedChallenges(String lower) {
    return CHALLENGES_AS_TOPIC.matcher(WORKSHOP_AND_CHALLENGE.matcher(lower).replaceAll("workshop")).replaceAll("topics");
  }

  /**
   * {@code whole}: the clause is the whole comment, so a venue named alone in it is the paper's;
   * {@code alone}: it is, or it is followed only by notes of code and data ({@link #NOTE_AFTER}),
   * which is enough for the named events' pass ({@code namedEvents}) to read a bare name.
   */
  private List<Mention> findMentions(String clause, boolean provisional, boolean whole, boolean namedEvents, boolean alone) {
    List<Mention> out = new ArrayList<>();
    findAcronyms(clause, out);
    // "ASABE Annual International Meeting (AIM) 2021" is not the registry's AIM (Advanced
    // Intelligent Mechatronics): the name the acronym abbreviates says which venue it is.
    out.removeIf(m -> m.kind() == Kind.ACRONYM && namesAnotherVenue(clause, m.start(), clause.substring(m.start(), m.end()), m.series()));
    findNames(clause, out, whole);
    Matcher acl = FINDINGS_OF_ACL.matcher(clause);
    if (acl.find() && registry.byAcronym("ACL").size() == 1) {
      out.add(new Mention(acl.start(1), acl.end(1), registry.byAcronym("ACL"), null, Kind.NAME));
    }
    if (provisional) {
      findProvisional(clause, out, whole);
      findUnknown(clause, out);
      if (namedEvents && out.stream().noneMatch(m -> m.kind() == Kind.PROVISIONAL)) {
        // Last, as the loosest: a name with its acronym, or the acronym alone, says more. A
        // registry acronym inside the name made no claim ("International Conference on AI in
        // Healthcare"), and one before it is its organiser ("ISCA Speech Synthesis Workshop").
        List<Mention> named = new ArrayList<>();
        findNamedEvents(clause, named, alone);
        for (Mention n : named) {
          out.removeIf(o -> o.start() >= n.start() && o.end() <= n.end());
          out.add(n);
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    List<Mention> dated = new ArrayList<>();
    for (Mention m : out) {
      Matcher season = SEASON_SYMPOSIUM.matcher(clause.substring(m.end()));
      if (m.kind() != Kind.PROVISIONAL && m.series().size() == 1 && season.lookingAt()) {
        // "the AAAI 2025 Fall Symposium Series": the society's symposia, not its conference.
        String name = m.series().get(0).acronym() + " " + season.group("season") + " Symposium";
        List<String> alsoCalled = season.group("series") != null ? List.of(name + " Series") : List.of();
        Integer year = season.group("year") != null ? year(season.group("year")) : m.year();
        dated.add(new Mention(m.start(), m.end() + season.end(), List.of(VenueSeries.provisional(name, name, alsoCalled, VenueKind.CONFERENCE)), year, Kind.PROVISIONAL));
        continue;
      }
      Integer year = m.year() != null ? m.year() : adjacentYear(clause, m);
      // Not where the statement also gives the year ("ACM MM'25: The 33rd ACM International
      // Conference on Multimedia"): the second naming says nothing more.
      if (year == null && m.series().size() == 1 && out.stream().noneMatch(o -> o != m && o.series().equals(m.series()) && (o.year() != null || adjacentYear(clause, o) != null))) {
        year = editionYear(clause.substring(0, m.start()), m.series().get(0));
      }
      // "AAAI Workshop on Privacy-Preserving AI (PPAI) 2025": the year after the workshop's name is the host's.
      Matcher hostWorkshop = HOST_WORKSHOP_YEAR.matcher(clause.substring(m.end()));
      boolean workshopAfter = year == null && hostWorkshop.lookingAt();
      if (workshopAfter) {
        year = year(hostWorkshop.group(1) != null ? hostWorkshop.group(1) : hostWorkshop.group(2));
      }
      // "CVSports@CVPR'25", "NSLP@LREC 2026", "LLM4EVAL at WSDM '25": a workshop held at the venue
      // after the @ or "at", its society's name between them or not ("GenAICHI 2025 @ ACM CHI 2025").
      String prefix = beforeHost(clause.substring(0, m.start()));
      boolean workshop = m.workshop() || m.registryWorkshop() || workshopAfter || (AT_HOST.matcher(prefix).find() && !STATUS_AT.matcher(prefix).find()) || workshopAt(prefix) != null;
      Matcher acronymAfter = HOST_THEN_ACRONYM.matcher(clause.substring(m.end()));
      if (!workshop && m.kind() != Kind.PROVISIONAL && !m.series().get(0).journal() && acronymAfter.lookingAt() && unknownWorkshop(acronymAfter.group("acronym"))) {
        workshop = true;
        if (year == null && (acronymAfter.group("twoDigits") != null || acronymAfter.group("fourDigits") != null)) {
          year = year(acronymAfter.group("twoDigits") != null ? acronymAfter.group("twoDigits") : acronymAfter.group("fourDigits"));
        }
      }
      if (workshop && year == null) {
        Matcher named = WORKSHOP_NAMED_THEN_YEAR.matcher(clause.substring(m.end()));
        if (named.lookingAt()) {
          year = year(named.group(1)); // "CVPRW on EventVision 2025": the year after the workshop's name
        }
      }
      dated.add(new Mention(m.start(), m.end(), m.series(), year, m.kind(), workshop));
    }
    return dated;
  }

  /**
   * "Accepted at the 39th Conference on Neural Information Processing Systems": the year of the
   * edition the ordinal right before the venue names, where the registry gives that edition.
   */
  private Integer editionYear(String before, VenueSeries series) {
    Matcher o = ORDINAL_BEFORE.matcher(before);
    if (!o.find()) {
      return null;
    }
    String word = o.group(1).toLowerCase(Locale.ROOT);
    int ordinal;
    if (Character.isDigit(word.charAt(0))) {
      ordinal = Integer.parseInt(word.replaceAll("\\D", ""));
    } else {
      Matcher w = ORDINAL_IN_WORDS.matcher(word);
      if (!w.matches()) {
        return null;
      }
      int tens = w.group(1) == null ? 0 : 10 * (2 + TENS.indexOf(w.group(1)));
      int units = w.group(2) == null ? 0 : 1 + UNITS.indexOf(w.group(2));
      int teens = w.group(3) == null ? 0 : 10 + TEENS.indexOf(w.group(3));
      int roundTens = w.group(4) == null ? 0 : 10 * (2 + TENS.indexOf(w.group(4)));
      ordinal = tens + units + teens + roundTens;
    }
    return registry.editionYear(series, ordinal).orElse(null);
  }

  private void findAcronyms(String clause, List<Mention> out) {
    List<VenueText.Token> tokens = VenueText.acronymTokens(clause);
    int i = 0;
    while (i < tokens.size()) {
      int taken = 0;
      for (int n = Math.min(registry.longestAcronymWords(), tokens.size() - i); n >= 2 && taken == 0; n--) {
        if (joinable(clause, tokens, i, n)) {
          String key = String.join(" ", tokens.subList(i, i + n).stream().map(VenueText.Token::text).toList());
          List<VenueSeries> found = registry.byAcronym(key);
          if (found.isEmpty()) {
            // "Siggraph Asia": several words in another case, as one compact key.
            List<VenueSeries> loose = registry.byCompactAcronym(key).stream().filter(s -> !s.journal()).toList();
            found = loose.isEmpty() || isWord(loose) || !Character.isUpperCase(key.codePointAt(0)) ? List.of() : loose;
          }
          if (!found.isEmpty()) {
            out.add(new Mention(tokens.get(i).start(), tokens.get(i + n - 1).end(), found, null, Kind.ACRONYM));
            taken = n;
          }
        }
      }
      if (taken == 0) {
        Optional<Mention> m = single(tokens.get(i));
        if (m.isEmpty() && i > 0 && SOCIETY_BEFORE.matcher(clause.substring(tokens.get(i - 1).start(), tokens.get(i).start())).matches()) {
          VenueText.Token afterSociety = tokens.get(i);
          m = afterSociety(afterSociety).or(() -> datedAfterSociety(afterSociety));
        }
        m.ifPresent(out::add);
        taken = 1;
      }
      i += taken;
    }
  }

  /** Words of a multi-word acronym stand apart by spaces or a slash only (UbiComp/ISWC). */
  private static boolean joinable(String clause, List<VenueText.Token> tokens, int i, int n) {
    for (int k = i; k < i + n - 1; k++) {
      String gap = clause.substring(tokens.get(k).end(), tokens.get(k + 1).start());
      if (!gap.matches("[\\s/]{1,2}")) {
        return false;
      }
    }
    return true;
  }

  private Optional<Mention> single(VenueText.Token t) {
    Optional<Mention> m = lookup(t.text(), t, null);
    if (m.isPresent()) {
      return m;
    }
    Optional<Mention> joined = workshopJoinedToHost(t.text(), t, null);
    if (joined.isPresent()) {
      return joined;
    }
    Matcher society = SOCIETY_JOINED.matcher(t.text());
    if (society.matches()) {
      // "Accepted in IEEE-DSAA 2025": the society joined to the acronym by a hyphen.
      return single(new VenueText.Token(society.group(1), t.start() + society.start(1), t.end()));
    }
    Matcher y = TRAILING_YEAR.matcher(t.text());
    if (y.matches()) {
      Integer year = year(y.group(2));
      if (year != null) {
        Optional<Mention> joinedDated = workshopJoinedToHost(y.group(1), t, year);
        if (joinedDated.isPresent()) {
          return joinedDated;
        }
        m = lookup(y.group(1), t, year);
        // A word-like acronym glued to two digits is a name of its own ("IFIP TC13"), not TC 2013.
        if (m.isPresent() && !(m.get().kind() == Kind.WORDLIKE && y.group(2).length() == 2)) {
          return m;
        }
        return workshopOf(y.group(1), t, year);
      }
    }
    Matcher glued = GLUED_WORD.matcher(t.text());
    if (glued.matches()) {
      Optional<Mention> inner = single(new VenueText.Token(glued.group(1), t.start(), t.start() + glued.group(1).length()));
      if (inner.isPresent()) {
        return inner;
      }
    }
    Matcher edition = EDITION_JOINED.matcher(t.text());
    if (edition.matches() && year(edition.group(2)) == null) {
      // "Accepted to HICSS-59 (2026)": a number that is no year (one or three digits, or two over
      // 39), joined by a hyphen, is the edition; like an acronym that is also a word it counts only
      // with its year beside it, since dataset and system names are written so too ("FSCD-147").
      Optional<Mention> series = lookup(edition.group(1), t, null).filter(found -> found.kind() == Kind.ACRONYM);
      if (series.isPresent()) {
        return Optional.of(new Mention(t.start(), t.end(), series.get().series(), null, Kind.WORDLIKE));
      }
    }
    return workshopOf(t.text(), t, null);
  }

  /**
   * "knowledgeNLP-NAACL2025", "BlackboxNLP-EMNLP 2025": a workshop's name in mixed case joined to
   * its host's acronym; "ICCVW-CV4BIOM": the host's workshops before it.
   */
  private Optional<Mention> workshopJoinedToHost(String word, VenueText.Token t, Integer year) {
    Matcher workshops = HOST_WORKSHOPS_THEN_WORKSHOP.matcher(word);
    if (workshops.matches()) {
      // "Accepted at ICCVW-CV4BIOM 2025": the CV4BIOM workshop among the ICCV workshops.
      List<VenueSeries> host = registry.byAcronym(workshops.group(1));
      if (host.size() == 1 && !host.get(0).journal() && !isWord(host)) {
        return Optional.of(new Mention(t.start(), t.end(), host, year, Kind.ACRONYM, true));
      }
    }
    Matcher joined = WORKSHOP_JOINED_TO_HOST.matcher(word);
    List<VenueSeries> host =
        joined.matches() && MIXED_CASE.matcher(joined.group(1)).find() && !registry.knows(joined.group(1)) ? registry.byAcronym(joined.group(2)) : List.of();
    return host.size() == 1 && !host.get(0).journal() ? Optional.of(new Mention(t.start(), t.end(), host, year, Kind.ACRONYM, true)) : Optional.empty();
  }

  /**
   * "IEEE Vis 2025": after a society's name, an acronym that is also a word may be written in
   * title case; it still needs its year beside it (a word-like mention).
   */
  private Optional<Mention> afterSociety(VenueText.Token t) {
    String word = t.text();
    if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))) {
      return Optional.empty();
    }
    List<VenueSeries> loose = registry.byCompactAcronym(word).stream().filter(s -> !s.journal()).toList();
    return loose.isEmpty() ? Optional.empty() : Optional.of(new Mention(t.start(), t.end(), loose, null, Kind.WORDLIKE));
  }

  /**
   * "ACM MM25": after a society's name, a short acronym glued to two digits is that acronym and its
   * year; alone, "MM25" or "TC13" may be any name with a number.
   */
  private Optional<Mention> datedAfterSociety(VenueText.Token t) {
    Matcher y = TRAILING_YEAR.matcher(t.text());
    Integer year = y.matches() && Character.isUpperCase(t.text().codePointAt(0)) ? year(y.group(2)) : null;
    if (year == null) {
      return Optional.empty();
    }
    return lookup(y.group(1), t, year).filter(m -> m.series().stream().noneMatch(VenueSeries::journal));
  }

  /** CVPRW, ICCVW (also "CVPRw" after an acronym in capitals): the workshops of a registry conference. */
  private Optional<Mention> workshopOf(String word, VenueText.Token t, Integer year) {
    if (word.length() < 4 || !(word.endsWith("W") || word.endsWith("w") && CAPITALS.matcher(word.substring(0, word.length() - 1)).matches())) {
      return Optional.empty();
    }
    List<VenueSeries> exact = registry.byAcronym(word.substring(0, word.length() - 1));
    if (exact.isEmpty() || isWord(exact)) {
      return Optional.empty();
    }
    return Optional.of(new Mention(t.start(), t.end(), exact, year, Kind.ACRONYM, true));
  }

  private Optional<Mention> lookup(String word, VenueText.Token t, Integer year) {
    List<VenueSeries> exact = registry.byAcronym(word);
    if (exact.isEmpty() && TRANSACTIONS_HYPHEN.matcher(word).matches()) {
      // "T-PAMI", "T-ITS": IEEE Transactions written with a hyphen, the journal of the acronym without it.
      exact = registry.byAcronym(word.replace("-", "")).stream().filter(VenueSeries::journal).toList();
    }
    if (!exact.isEmpty()) {
      return Optional.of(new Mention(t.start(), t.end(), exact, year, isWord(exact) ? Kind.WORDLIKE : Kind.ACRONYM));
    }
    // Journals are written with their acronym exactly ("Speech" and "Media" are no SPEECH, MedIA).
    List<VenueSeries> loose = registry.byCompactAcronym(word).stream().filter(s -> !s.journal()).toList();
    if (loose.isEmpty() || isWord(loose) || WORD_ACRONYMS.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    boolean shouting = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() >= 3;
    boolean capitalised = Character.isUpperCase(word.codePointAt(0)) && VenueText.compact(word).length() >= 4;
    if (shouting || capitalised) {
      return Optional.of(new Mention(t.start(), t.end(), loose, year, Kind.ACRONYM));
    }
    if (VenueText.compact(word).length() >= 4) {
      // All lower case ("neurips 2025") is too close to plain words: only with the year beside it.
      return Optional.of(new Mention(t.start(), t.end(), loose, year, Kind.WORDLIKE));
    }
    return Optional.empty();
  }

  /**
   * True when another conference's name goes on from the acronym ("ACM SIGGRAPH Conference on
   * Motion, ..."); not when it is the acronym's own name ("CVPR Conference on Computer Vision and
   * Pattern Recognition").
   */
  private static boolean organiserOf(String clause, Mention m) {
    String after = clause.substring(m.end());
    if (!ORGANISER_OF.matcher(after).lookingAt()) {
      return false;
    }
    String following = VenueText.nameKey(after);
    return m.series().stream()
        .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(s.fullName()), s.altNames().stream()))
        .noneMatch(name -> following.startsWith(VenueText.nameKey(name)));
  }

  /** A capitalised word or a connector of a name right before a word: "Supply Chain", "Today and Future". */
  private static final Pattern NAME_GOES_BACK = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{N}-]*|\\b(?:and|of|for|on|in the|the))[:,]?\\s+$");
  /** Two capitals or a digit: "MisD", "NSLP", "Repl4NLP", "eLVM"; not "Chain" or "Future". */
  private static boolean acronymLike(String word) {
    return word.chars().filter(Character::isUpperCase).count() >= 2 || word.chars().anyMatch(Character::isDigit);
  }

  /**
   * The workshop a statement names at its host {@code host}: the acronym before an @, else
   * "Workshop on X (ACR)", "Workshop (ACR)", "X Workshop"; null when it names none ("CVPRW 2025",
   * "Accepted at a CVPR 2025 workshop"). The host's own words are never the workshop's name, but
   * for a workshop's acronym that contains its host's ("EMA4MICCAI"), which is the workshop's.
   */
  private VenuePart workshopPart(String clause, Mention host) {
    String hostWords = clause.substring(host.start(), host.end());
    if (FOR_HOST.matcher(hostWords).matches()) {
      return new VenuePart(VenuePart.Kind.WORKSHOP, hostWords, null); // "EMA4MICCAI": the workshop names its host
    }
    String beforeAt = beforeHost(clause.substring(0, host.start()));
    Matcher at = PART_AT.matcher(beforeAt);
    // "NLP4DH Workshop @ NAACL 2025": the word before the @ is the workshop's last, not its name;
    // so is a plain word that ends a longer name ("… for Supply Chain @ KDD 2025"), but not one
    // that is the whole name ("Insights @ NAACL 2025").
    if (at.find() && !NOT_A_NAME_AT.matcher(at.group(1)).matches() && (acronymLike(at.group(1)) || !NAME_GOES_BACK.matcher(beforeAt.substring(0, at.start(1))).find())) {
      return new VenuePart(VenuePart.Kind.WORKSHOP, at.group(1), null);
    }
    Matcher acronymAfter = HOST_THEN_ACRONYM.matcher(clause.substring(host.end()));
    if (acronymAfter.lookingAt() && unknownWorkshop(acronymAfter.group("acronym"))) {
      return new VenuePart(VenuePart.Kind.WORKSHOP, acronymAfter.group("acronym"), null);
    }
    String atWord = workshopAt(clause.substring(0, host.start()));
    if (atWord != null) {
      return new VenuePart(VenuePart.Kind.WORKSHOP, atWord, null);
    }
    Matcher on = PART_WORKSHOP_ON.matcher(clause);
    if (on.find()) {
      String title = outsideHost(clause, on.start("title"), on.end("title"), host);
      if (title != null) {
        return new VenuePart(VenuePart.Kind.WORKSHOP, partAcronym(on, host), "Workshop on " + title);
      }
    }
    Matcher acronym = PART_WORKSHOP_ACRONYM.matcher(clause);
    if (acronym.find() && partAcronym(acronym, host) != null) {
      return new VenuePart(VenuePart.Kind.WORKSHOP, partAcronym(acronym, host), null);
    }
    Matcher named = PART_NAMED_WORKSHOP.matcher(clause);
    while (named.find()) {
      String title = outsideHost(clause, named.start("title"), named.end("title"), host);
      if (title != null) {
        boolean acronymLike = !title.contains(" ") && title.chars().filter(Character::isUpperCase).count() >= 2;
        if (acronymLike && registry.knows(title)) {
          continue; // "AAAI Workshop on ...": the society's name, not the workshop's
        }
        String ownAcronym = partAcronym(named, host);
        return acronymLike
            ? new VenuePart(VenuePart.Kind.WORKSHOP, title, null)
            : new VenuePart(VenuePart.Kind.WORKSHOP, ownAcronym, title + " Workshop");
      }
    }
    return null;
  }

  /** An acronym that may name a workshop: no registry's, no publisher's or society's, no word for how a paper is presented. */
  private boolean unknownWorkshop(String acronym) {
    return unlisted(acronym)
        && !NOT_A_WORKSHOP.contains(acronym.toUpperCase(Locale.ROOT))
        && !PASSED_BEFORE_A_NAME.contains(acronym.toLowerCase(Locale.ROOT));
  }

  private static boolean findingsHost(VenueSeries s) {
    return VenueRegistry.acronymsOf(s).stream().anyMatch(FINDINGS_HOSTS::contains);
  }

  /** The acronym of a workshop the text ends on with "at" ("LLM4EVAL at ") or with a comma after a status word ("Accepted at CDMRI, "), or null. */
  private String workshopAt(String before) {
    Matcher m = WORKSHOP_AT.matcher(before);
    if (!m.find()) {
      Matcher comma = WORKSHOP_THEN_COMMA.matcher(before);
      return comma.find() && unknownWorkshop(comma.group(1)) ? comma.group(1) : null;
    }
    String acronym = m.group(1);
    boolean other = !unlisted(acronym) || NOT_A_WORKSHOP.contains(acronym.toUpperCase(Locale.ROOT));
    return other ? null : acronym;
  }

  /** The text from {@code start} to {@code end} without the host's mention and noise words, or null. */
  private static String outsideHost(String clause, int start, int end, Mention host) {
    if (host.start() < end && host.end() > start) {
      if (host.end() >= end) {
        // The host's mention reaches over the whole name: "the 38th Conference and Workshop on
        // Neural Information Processing Systems (NeurIPS 2024)" names no workshop of NeurIPS.
        if (host.start() <= start) {
          return null;
        }
        String before = clause.substring(start, host.start());
        return NAME_BEFORE_HOST.matcher(before).find() ? partName(before) : null;
      }
      if (host.start() <= start) {
        return partName(clause.substring(host.end(), end)); // "CVPR 2025 Event-based Vision Workshop"
      }
      // "Accepted in CVPR 2025 AI4CC Workshop": the name after the host; else one placed before
      // it ("the 7th Workshop on Narrative Understanding, NAACL 2025").
      String after = partName(clause.substring(host.end(), end));
      String before = clause.substring(start, host.start());
      return after != null || !NAME_BEFORE_HOST.matcher(before).find() ? after : partName(before);
    }
    return start >= end ? null : partName(clause.substring(start, end));
  }

  /** A workshop's name in {@code text}, without the words around it that are no part of it; null when none is left. */
  private static String partName(String text) {
    // Until nothing changes: "Published in Proceedings of the 19th International": the status and
    // proceedings words, edition ordinals and years in front are no part of the workshop's name.
    for (String before = null; !text.equals(before); ) {
      before = text;
      text = PART_LEAD.matcher(text).replaceFirst("");
      text = PART_NOISE.matcher(text).replaceFirst("");
    }
    // Nor the words that lead on to a host or a year after it ("… Categorization in CVPR 2024",
    // "UncertaiNLP 2025 Workshop").
    text = PART_TRAIL.matcher(text).replaceFirst("");
    return text.isBlank() || text.matches("\\d+") || NOT_A_PART_NAME.matcher(text).matches() ? null : text;
  }

  private static String partAcronym(Matcher m, Mention host) {
    String acronym = m.group("acronym");
    // Nor the host's workshops as a whole ("ICCVW").
    if (acronym == null || host.series().stream().anyMatch(s -> VenueRegistry.acronymsOf(s).stream().anyMatch(a -> acronym.equals(a) || acronym.equals(a + "W")))) {
      return null;
    }
    return acronym;
  }

  /** After an organisation's acronym, a second society and a name: "AAAI/ACM Conference on AI, Ethics, and Society". */
  private static final Pattern JOINT_SOCIETIES = Pattern.compile("/(?:ACM|IEEE|SIGAI)\\s+\\p{Lu}");

  /** "MisD @ AAAI ICWSM 2025": the text before a venue, without the organiser's name in front of it. */
  private static String withoutOrganiser(String before) {
    return ORGANISER_IN_FRONT.matcher(before).replaceFirst("");
  }

  /** The words before a host, without an organiser's or a society's name right in front of it. */
  private static String beforeHost(String before) {
    return SOCIETY_IN_FRONT.matcher(withoutOrganiser(before)).replaceFirst("");
  }

  /** AAAI, ISCA: conferences named like the societies that run many others ("ISCA SLaTE Workshop"). */
  private static boolean organisation(Mention m) {
    return m.kind() == Kind.ACRONYM && ORGANISATIONS.contains(m.series().get(0).acronym());
  }

  /**
   * A word of four letters or more in a comment with no capital, right before a year, "workshop"
   * or "findings": "neurips workshop", "accepted by iccv 2025", "icassp'26".
   */
  private static final Pattern LOWER_CASE_WORD =
      Pattern.compile("\\b\\p{Ll}[\\p{Ll}\\p{N}]{3,}\\b(?=\\s*(?:['’]?\\d{2}\\b|(?:19|20)\\d{2}\\b|workshops?\\b|findings\\b))");

  /**
   * A comment written all in lower case writes its venues' acronyms so too: a word right before a
   * year, "workshop" or "findings" that is a registry conference's acronym (not one that is also a
   * word, {@link #isWord}) is written as the registry writes it, the same letters ("paste" or
   * "assets" elsewhere in the comment stay words). Comments with any capital are left alone:
   * acronyms there are written as acronyms. Only for reading: the claims keep the comment as
   * written.
   */
  private String withAcronymsCapitalised(String comment) {
    if (comment.codePoints().anyMatch(Character::isUpperCase)) {
      return comment;
    }
    Matcher w = LOWER_CASE_WORD.matcher(comment);
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      List<VenueSeries> series = registry.byCompactAcronym(w.group());
      String acronym = series.size() == 1 && !series.get(0).journal() && !isWord(series) ? series.get(0).acronym() : null;
      boolean sameLetters = acronym != null && acronym.toLowerCase(Locale.ROOT).equals(w.group());
      w.appendReplacement(out, Matcher.quoteReplacement(sameLetters ? acronym : w.group()));
    }
    w.appendTail(out);
    return out.toString();
  }

  private static boolean isWord(List<VenueSeries> series) {
    for (VenueSeries s : series) {
      for (String a : VenueRegistry.acronymsOf(s)) {
        if (WORD_ACRONYMS.contains(a.toLowerCase(Locale.ROOT)) || a.length() <= 2 || a.matches("\\p{Lu}\\p{Ll}+")) {
          return true;
        }
      }
    }
    return false;
  }

  private void findNames(String clause, List<Mention> out, boolean whole) {
    List<VenueText.Token> words = VenueText.nameTokens(clause);
    for (int i = 0; i < words.size(); i++) {
      List<VenueRegistry.Name> best = longest(words, i, registry.namesStartingWith(words.get(i).text()));
      boolean shortJournal = false;
      if (best.isEmpty()) {
        best = longest(words, i, registry.shortJournalNamesStartingWith(words.get(i).text()));
        shortJournal = !best.isEmpty();
      }
      boolean shortEvent = false;
      if (best.isEmpty()) {
        best = longest(words, i, registry.shortEventNamesStartingWith(words.get(i).text()));
        shortEvent = true;
      }
      if (best.isEmpty()) {
        continue;
      }
      int size = best.get(0).words().size();
      int start = words.get(i).start();
      int end = words.get(i + size - 1).end();
      String before = clause.substring(0, start);
      String after = clause.substring(end);
      boolean writtenInLowerCase = words.subList(i + 1, i + size).stream().anyMatch(w -> w.text().length() >= 4 && Character.isLowerCase(clause.codePointAt(w.start())));
      if (NAME_GOES_ON.matcher(after).lookingAt() || writtenInLowerCase && LOWER_CASE_NAME_GOES_ON.matcher(after).lookingAt() || startsEarlier(before)) {
        continue;
      }
      if (JOINED_BEFORE.matcher(before).find()) {
        continue; // "Work-Conference on Artificial Neural Networks" (IWANN): a name inside a compound is not ICANN's
      }
      if (shortEvent && !(capitalised(clause, words.subList(i, i + size)) && YEAR_NEXT.matcher(after).lookingAt())) {
        continue; // "Multimedia Asia" as plain words: a conference's two-word name counts with its year
      }
      boolean alone = whole && NOTHING_BUT_A_PREFIX.matcher(before).matches() && NOTHING_BUT_A_YEAR.matcher(after).matches(); // "Information Fusion 2025"
      if (shortJournal && !(capitalised(clause, words.subList(i, i + size)) && (alone || IN_JOURNAL.matcher(before).find() || JOURNAL_AFTER.matcher(after).lookingAt()))) {
        continue; // "pattern recognition" as plain words, or a name no statement puts the paper in
      }
      List<VenueSeries> series = best.stream().map(VenueRegistry.Name::series).distinct().toList();
      if (series.stream().allMatch(VenueSeries::journal) && (CONFERENCE_NAME_BEFORE.matcher(before).find() || VENUE_WORD_AFTER.matcher(after).lookingAt())) {
        continue; // "Conference on Machine Vision Applications", "the Artificial Life conference": a conference's name
      }
      if (series.size() > 1 && JOURNAL_AFTER.matcher(after).lookingAt()) {
        // "Computational Visual Media Journal": the journal, not the conference of that name.
        series = series.stream().filter(VenueSeries::journal).toList();
      }
      List<VenueSeries> events = series.stream().filter(s -> !s.journal()).toList();
      if (series.size() > 1 && events.size() == 1 && VENUE_WORD.matcher(clause.substring(start, end)).find()) {
        series = events; // "The Web Conference": a name that says conference is no journal's, though a registry gives it to one
      }
      out.add(new Mention(start, end, series, null, Kind.NAME));
      i += size - 1;
    }
  }

  /** The longest of {@code names} that stand at word {@code i}, all of them when several tie. */
  private static List<VenueRegistry.Name> longest(List<VenueText.Token> words, int i, List<VenueRegistry.Name> names) {
    List<VenueRegistry.Name> best = new ArrayList<>();
    for (VenueRegistry.Name name : names) {
      if (matchesAt(words, i, name.words())) {
        if (!best.isEmpty() && name.words().size() > best.get(0).words().size()) {
          best.clear();
        }
        if (best.isEmpty() || name.words().size() == best.get(0).words().size()) {
          best.add(name);
        }
      }
    }
    return best;
  }

  /** Every word of a name written with a capital, as a journal's title is. */
  private static boolean capitalised(String clause, List<VenueText.Token> words) {
    return words.stream().allMatch(w -> Character.isUpperCase(clause.codePointAt(w.start())));
  }

  /** True when the text before a name ends in a word that makes it part of a longer name. */
  private static boolean startsEarlier(String before) {
    String rest = before;
    while (true) {
      Matcher w = LAST_WORD.matcher(rest);
      if (!w.find()) {
        return false;
      }
      String word = w.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean passed = Arrays.stream(lower.split("/")).allMatch(PASSED_BEFORE_A_NAME::contains); // IEEE/ACM
      if (!passed && !ORDINAL_WORD.matcher(word).matches()) {
        return Character.isUpperCase(word.codePointAt(0)) && !STOP_BEFORE_A_NAME.contains(lower);
      }
      rest = rest.substring(0, w.start());
    }
  }

  private static boolean matchesAt(List<VenueText.Token> words, int i, List<String> name) {
    if (i + name.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < name.size(); k++) {
      if (!words.get(i + k).text().equals(name.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Journals and conferences no registry knows, where the statement names them plainly. */
  private void findUnknown(String clause, List<Mention> out) {
    Matcher j = UNKNOWN_JOURNAL.matcher(clause);
    while (j.find()) {
      if (NOT_A_TITLE.matcher(j.group("title")).lookingAt()) {
        continue; // "A journal paper", "This journal version"
      }
      Matcher trailing = TRAILING_JOURNAL.matcher(j.group("title"));
      String stripped = DATE_AFTER_TITLE.matcher(trailing.replaceFirst("")).replaceFirst("");
      // "Artificial Intelligence Review Journal" is Artificial Intelligence Review, but "Journal" is
      // part of "IEEE Sensors Journal"; "the Journal track of X" names no journal at all.
      String name = DATE_AFTER_TITLE.matcher(JOURNAL_WORD.matcher(stripped).find() ? stripped : j.group("title")).replaceFirst("");
      if (JOURNAL_WORD.matcher(name).replaceAll("").isBlank()) {
        continue;
      }
      boolean issnLabel = ISSN_AFTER_TITLE.matcher(name).find();
      name = ISSN_AFTER_TITLE.matcher(name).replaceFirst("");
      // "International Journal Of Engineering And Computer Science ISSN:2319-7242": the journal's ISSN.
      Matcher number = ISSN_NUMBER.matcher(clause.substring(j.end("title")));
      String issn = number.lookingAt() && (issnLabel || number.group(1) != null) ? number.group(2).toUpperCase(Locale.ROOT) : null;
      List<String> issns = Issn.valid(issn) ? List.of(issn) : List.of();
      String asWritten = name;
      name = PUBLISHER_BEFORE_TITLE.matcher(name).replaceFirst("");
      boolean journal =
          j.group("journalBefore") != null || j.group("journalOf") != null || j.group("journalAfter") != null || trailing.find(0) || JOURNAL_WORD.matcher(name).find()
              || JOURNAL_PUBLISHER.matcher(asWritten).lookingAt();
      journal = journal || titleAlone(clause, j.start("title"), j.end(), name);
      if (journal && !NAME_GOES_ON.matcher(clause.substring(j.end("title"))).lookingAt()) {
        // "(JCR-Q1)", "(SCI)" after a title rank the journal; they are no acronym of it.
        String acronym = j.group("acronym") != null && !RANK.matcher(j.group("acronym")).matches() ? j.group("acronym") : name;
        // "Visual Intelligence Journal" may be the journal Visual Intelligence, "the journal of
        // Machine Intelligence Research" (in lower case) the journal Machine Intelligence Research or Journal of
        // Machine Intelligence Research: both names are kept, neither is chosen.
        List<String> alt =
            j.group("journalOf") != null ? List.of("Journal of " + name) : !name.equals(asWritten) ? List.of(asWritten) : name.equals(stripped) ? List.of() : List.of(stripped);
        Optional<VenueSeries> listed = listedJournal(name);
        out.add(
            listed.isPresent()
                ? new Mention(j.start("title"), j.end(), List.of(listed.get()), null, Kind.NAME)
                : new Mention(j.start("title"), j.end(), List.of(VenueSeries.provisional(acronym, name, alt, VenueKind.JOURNAL, issns)), null, Kind.PROVISIONAL));
      }
    }
    Matcher w = UNKNOWN_WORKSHOP.matcher(clause);
    while (w.find()) {
      String acronym = w.group("acronym");
      String digits = w.group("yearBefore") != null ? w.group("yearBefore") : w.group("yearAfter");
      List<VenueSeries> host = hostInWorkshopAcronym(acronym);
      if (digits != null && !host.isEmpty()) {
        out.add(new Mention(w.start("acronym"), w.end("acronym"), host, year(digits.replaceAll("['’]", "")), Kind.ACRONYM, true));
      } else if (digits != null && unlisted(acronym)) {
        out.add(provisionalWorkshop(acronym, w.start("acronym"), w.end(), year(digits.replaceAll("['’]", ""))));
      }
    }
    Matcher wh = WORKSHOP_HEADING.matcher(clause);
    while (wh.find()) {
      String acronym = wh.group("acronym");
      // "IARML@ICJAI2025: Workshop on ...": the name after an @ is the host's, misspelled or not.
      boolean host = clause.substring(0, wh.start()).stripTrailing().endsWith("@");
      // The heading names the workshop whatever else shares its acronym: "AIP2025: Second Workshop
      // on AI in Production" is no publisher's.
      if (!host && !registry.knows(acronym)) {
        out.add(provisionalWorkshop(acronym, wh.start("acronym"), wh.end("year"), year(wh.group("year").replaceAll("['’]", ""))));
      }
    }
    Matcher undated = WORKSHOP_HEADING_UNDATED.matcher(clause);
    if (undated.find() && !registry.knows(undated.group("acronym"))) {
      out.add(provisionalWorkshop(undated.group("acronym"), undated.start("acronym"), undated.end("acronym"), null));
    }
    Matcher h = PROCEEDINGS_HEADING.matcher(clause);
    while (h.find()) {
      String acronym = h.group(1);
      if (unlisted(acronym)) {
        Integer year = year(h.group(2) != null ? h.group(2) : h.group(3));
        out.add(provisionalConference(acronym, h.start(1), h.end(1), year));
      }
    }
    findMixedCase(clause, out);
    Matcher c = UNKNOWN_CONFERENCE.matcher(clause);
    while (c.find()) {
      // "VIS IEEE 2025": a publisher after the acronym is not part of it.
      String acronym = c.group(1).replaceFirst("\\s+(?:" + String.join("|", NOT_A_CONFERENCE) + ")$", "");
      if (capitals(acronym).length() >= 3 && unlisted(acronym)) {
        Integer year = year(c.group(2).replaceAll("['’]", ""));
        out.add(conferenceOrHostsWorkshop(acronym, c.start(1), c.end(), year));
      }
    }
    Matcher called = UNKNOWN_CONFERENCE_SO_CALLED.matcher(clause);
    while (called.find()) {
      String acronym = called.group(1);
      int start = called.start(1);
      if (capitals(acronym).length() >= 3 && unlisted(acronym) && out.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
        out.add(provisionalConference(acronym, start, called.end(2), year(called.group(2))));
      }
    }
  }

  /**
   * A title with no journal word that is a journal's all the same: the statement puts the paper in
   * it ("accepted to", "published in") and the title is all the clause names, with no year, event
   * or institution beside it ("Accepted to Applied Soft Computing", "Published in Digital Signal
   * Processing, Volume 141"). One word is a title only after "for publication in" or "published
   * in" ("Published in Animals"); a word in capitals is an acronym, which says nothing of what it names.
   */
  private boolean titleAlone(String clause, int start, int end, String title) {
    String before = clause.substring(0, start);
    if (!IN_A_TITLE_ALONE.matcher(before).find() || !AFTER_TITLE_ALONE.matcher(clause.substring(end)).lookingAt()) {
      return false;
    }
    if (NOT_A_JOURNAL_TITLE.matcher(title).find() || VENUE_WORD.matcher(title).find() || registry.knows(title) || PUBLISHER_ALONE.matcher(title.strip()).matches()
        || BOOK_AFTER.matcher(clause.substring(end)).find()) {
      return false;
    }
    // "ACM MM25" is an acronym and its year, not a title: a title has a word in lower case and no number.
    if (!WORD_IN_LOWER_CASE.matcher(title).find() || title.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    boolean oneWord = !title.strip().contains(" ");
    return !oneWord || !title.equals(title.toUpperCase(Locale.ROOT)) && title.length() >= 4 && FOR_PUBLICATION_IN.matcher(before).find();
  }

  /** An acronym with a short lower-case part after a hyphen: "CLiC-it". */
  private static final Pattern LOWER_CASE_SUFFIX = Pattern.compile("(.+)-\\p{Ll}{1,4}");

  /** {@link #UNKNOWN_MIXED_CONFERENCE}: "accepted to SwissText 2025", "Accepted at SCIA25". */
  private void findMixedCase(String clause, List<Mention> out) {
    Matcher m = UNKNOWN_MIXED_CONFERENCE.matcher(clause);
    while (m.find()) {
      String acronym = m.group("acronym");
      String capitals = capitals(acronym);
      // One capital is a word ("Semantics 2025", "Accepted in May 2025"); all capitals of three or
      // more are UNKNOWN_CONFERENCE's.
      boolean mixed = !capitals.equals(acronym.replaceAll("[\\s-]", ""));
      if (capitals.length() < 2 || !mixed && capitals.length() >= 3 && m.group("glued") == null || !unlisted(acronym)) {
        continue;
      }
      // "NeruIPS 2025" is NeurIPS misspelt and "CVPRw 2025" a workshop of CVPR: neither is a venue
      // of its own, and which one is meant is not guessed.
      if (registry.knowsTransposed(acronym) || acronym.matches(".*[wW]") && registry.knows(acronym.substring(0, acronym.length() - 1))) {
        continue;
      }
      // "NeurIPS-ws 2025": a registry venue's part, which one the text does not say.
      Matcher suffixed = LOWER_CASE_SUFFIX.matcher(acronym);
      if (suffixed.matches() && registry.knows(suffixed.group(1))) {
        continue;
      }
      String digits = m.group("year") != null ? m.group("year") : m.group("glued");
      out.add(conferenceOrHostsWorkshop(acronym, m.start("acronym"), m.end(), year(digits.replaceAll("['’]", ""))));
    }
  }

  /**
   * {@link #UNKNOWN_NAMED_EVENT}: a conference or workshop named in full after a status word; and,
   * where none is and the clause is the whole comment with no status word ({@code whole}), {@link
   * #BARE_NAMED_EVENT}: a comment that is nothing but the event's name. The name ends at the first
   * comma after its event word unless that word goes on with "on" or "of" ("Conference on Computer
   * Vision, Image and Deep Learning", but "ITS European Congress, Seville"); an acronym and a year
   * right after it are the event's.
   */
  private void findNamedEvents(String clause, List<Mention> out, boolean whole) {
    if (clause.contains("Findings")) {
      return; // the Findings of a conference are the registry's, with their host
    }
    Matcher stated = UNKNOWN_NAMED_EVENT.matcher(clause);
    while (stated.find()) {
      Optional.ofNullable(namedEvent(clause, stated, false)).ifPresent(out::add);
    }
    if (out.isEmpty() && whole && statusIn(clause.toLowerCase(Locale.ROOT)) == null) {
      // A comment that is nothing but the event's name says the paper is there, as a comment
      // that is nothing but a registry venue does ("2025 European Conference on Computing in
      // Construction"; "19th International Conference on Machine Vision Applications MVA2025").
      // Read with the counts of pages and figures blanked, so that offsets still hold.
      String blanked = COUNTS.matcher(clause).replaceAll(c -> " ".repeat(c.group().length()));
      Matcher bare = BARE_NAMED_EVENT.matcher(blanked);
      if (bare.lookingAt()) {
        Optional.ofNullable(namedEvent(blanked, bare, true)).ifPresent(out::add);
      }
      if (out.isEmpty()) {
        Optional.ofNullable(bareAcronym(blanked)).ifPresent(out::add);
      }
    }
  }

  /** A name of two capitalised words or more and "Conference" or "Symposium" last ("Wireless Days Conference"). */
  private static final Pattern NAME_THEN_EVENT = Pattern.compile("(\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)+) (?:Conference|Symposium)");

  /** After a society's acronym, its seasonal symposia: "AAAI 2025 Fall Symposium Series", "AAAI Spring Symposium". */
  private static final Pattern SEASON_SYMPOSIUM =
      Pattern.compile("\\s*(?:(?<year>(?:19|20)\\d\\d)\\s+)?(?<season>Fall|Spring|Summer)\\s+Symposi(?:um|a)(?<series>\\s+Series)?\\b");

  /**
   * A name that is one word in capitals and "Conference" or "Symposium", the event word in either
   * case ("BioSMART Conference", "CURAC conference"); not "MT Summit", a name of its own.
   */
  private static final Pattern ACRONYM_THEN_EVENT = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*) (?:[Cc]onference|[Ss]ymposium)");

  /**
   * The event of one match {@code m} has found, of {@link #UNKNOWN_NAMED_EVENT} or, {@code bare},
   * of {@link #BARE_NAMED_EVENT}; or null where it names none. A bare name is kept only where it
   * is one event's name ({@link #isOneEventsName}) and nothing but an acronym, a year, a place and
   * a date follows it ({@link #PLACE_AND_DATE}, no event word among them).
   */
  private Mention namedEvent(String clause, Matcher m, boolean bare) {
    String name = m.group("name");
    Matcher event = EVENT_WORD.matcher(name);
    if (!event.find()) {
      return null;
    }
    String rest = name.substring(event.end());
    if (name.indexOf(',', event.end()) >= 0) {
      // "Conference on Text, Speech, and Dialogue" goes on to the list's "and"; "ITS European
      // Congress, Seville" and "Conference on X, ICCC25" end at the comma.
      int comma = name.indexOf(',', event.end());
      int and = Math.max(name.lastIndexOf(" and "), name.lastIndexOf(" & "));
      boolean list = rest.matches("\\s+(?:on|of)\\s.*") && and > comma;
      name = name.substring(0, list ? endOfList(name, and) : comma);
    }
    if (name.substring(event.end()).matches(" in \\p{Lu}\\p{L}+")) {
      name = name.substring(0, event.end()); // "… Conference in Pittsburgh": the place is no part of the name
    }
    // "International Symposium on Applied Reconfigurable Computing ARC 2025": a last word in
    // capitals after the event's name is its acronym.
    Matcher last = LAST_NAME_WORD.matcher(name);
    String acronymInName = null;
    if (last.find() && last.start() > event.start() && capitals(last.group(1)).length() >= 2 && !EVENT_WORD.matcher(last.group(1)).matches()
        && !CONNECTORS.contains(name.substring(0, last.start()).replaceAll(".*\\s", ""))) {
      acronymInName = last.group(1);
      name = name.substring(0, last.start());
    }
    int nameEnd = m.start("name") + name.length() + (acronymInName == null ? 0 : last.group().length());
    if (EVENT_NOISE.matcher(name).replaceAll("").isBlank() || JOURNAL_WORD.matcher(name).find() || PROCEEDINGS_PART.matcher(name).find() || name.matches(".*\\p{L}\\p{N}.*|.*\\p{N}\\p{L}.*")
        || DIGIT_NEXT.matcher(clause.substring(nameEnd)).lookingAt()) {
      return null; // "SC25 Workshop Proceedings"; "EG Symposium on 3D Object Retrieval", cut short at "3D"
    }
    Matcher after = AFTER_EVENT_NAME.matcher(clause.substring(nameEnd));
    String acronym = acronymInName;
    Integer year = m.group("yearBefore") != null ? year(m.group("yearBefore")) : null;
    int end = nameEnd;
    if (after.lookingAt()) {
      acronym = firstNonNull(acronymInName, after.group("acronym"), after.group("acronym2"), after.group("acronym3"));
      if (acronym != null && acronym.contains(" ") && !initialsThenWord(acronym, name)) {
        acronym = null; // "(Oral Session)"; but "(MT Summit 2025; Geneva)", cut at the semicolon, is Machine Translation Summit's
      }
      String digits = firstNonNull(after.group("year"), after.group("glued"), after.group("year2"), after.group("glued2"), after.group("year3"));
      if (digits != null) {
        year = year(digits.replaceAll("['’]", ""));
      }
      end = nameEnd + after.end();
    }
    if (bare && m.group("lead") != null) {
      // "KI2025 - 48th German Conference on Artificial Intelligence": the acronym and year it opens with.
      acronym = firstNonNull(acronym, m.group("lead"));
      year = year == null && m.group("leadYear") != null ? year(m.group("leadYear")) : year;
    }
    Matcher glued = GLUED_YEAR.matcher(acronym == null ? "" : acronym);
    if (glued.matches() && year == null) {
      acronym = glued.group(1); // "ICONDATA24"; but "Speech Synthesis Workshop 2025 (SSW13)" is the 13th
      year = year(glued.group(2));
    }
    if (acronym != null && capitals(acronym).length() < 2) {
      acronym = null; // "(Oral)", "(Sevilla)"
    }
    Matcher own = ACRONYM_THEN_EVENT.matcher(name);
    if (acronym == null && own.matches() && unlisted(own.group(1))) {
      acronym = own.group(1); // "the 6th BioSMART Conference": the name is its acronym and the event word
    }
    boolean sharedAcronym = false;
    if (acronym != null && !unlisted(acronym)) {
      // "International Conference on Wirtschaftsinformatik (WI25)": an acronym after the name that
      // the registry gives a venue whose names share no word with this one is another venue's too;
      // where they share one, the registry's own pass has read it. Not a last word of the name in
      // capitals ("… Neurosymbolic AI"), which is as often no acronym at all.
      if (acronymInName != null || !anotherVenuesAcronym(name, acronym)) {
        return null;
      }
      sharedAcronym = true;
    }
    String tail = clause.substring(end);
    if (bare && (!isOneEventsName(name, event) || !PLACE_AND_DATE.matcher(tail).matches() || EVENT_WORD.matcher(tail).find())) {
      return null;
    }
    String society = bare ? firstNonNull(m.group("society2"), m.group("society")) : null;
    if (society != null && event.start() == 0) {
      name = society + " " + name; // "IEEE Conference on Games": without its society the name says little
    }
    if (bare && year == null) {
      year = onlyYear(tail); // "…, 4-6 September, 2025, Gliwice, Poland"
    }
    boolean workshop = name.contains("Workshop") || name.endsWith(" workshop");
    // "Wireless Days Conference": the words before the event word are the name the series goes by
    // too, as "Visual Intelligence" for "Visual Intelligence Journal".
    Matcher called = NAME_THEN_EVENT.matcher(name);
    List<String> alsoCalled =
        acronym == null && called.matches() && !EVENT_NOISE.matcher(called.group(1)).find() && unlisted(called.group(1).split(" ")[0])
            ? List.of(called.group(1))
            : List.of(); // not "International Ultrasonics", nor "AAAI Fall"
    VenueSeries series =
        sharedAcronym
            ? VenueSeries.provisionalSharingAcronym(acronym, name, VenueKind.CONFERENCE)
            : VenueSeries.provisional(acronym != null ? acronym : name, name, alsoCalled, VenueKind.CONFERENCE);
    return new Mention(m.start("name"), end, List.of(series), year, Kind.PROVISIONAL, workshop);
  }

  /**
   * Whether the registry's series of {@code acronym} are other venues than the event {@code name}
   * names: none of their names shares a word with it (an acronym listed as no conference's, "IEEE",
   * has no series, and is no venue's).
   */
  private boolean anotherVenuesAcronym(String name, String acronym) {
    Set<String> words = contentWords(name);
    return !words.isEmpty() && sharesNoWord(words, registry.byAcronym(acronym));
  }

  /**
   * {@link #BARE_ACRONYM}: the event a comment that is nothing but an acronym and a year names, or
   * null. Not a registry venue's acronym (the registry's own pass reads those, and where it found
   * nothing, the comment says something else of it: "WACV 2024 Extended Paper"), a misspelling of
   * one ("NeuriIPS 2025", "BMCV 2024": {@link VenueRegistry#knowsMisspelt}), one joined to one by a
   * hyphen (a workshop, "MICCAI-ASMUS"), a challenge or an entry to one ("MIDOG 2025 solution"), a
   * journal by its abbreviation ("IEEE TVT 2025", "T-RO 2025"), a society itself ("IEEE EMBS
   * 2025"), nor what {@link #NOT_AN_EVENT} lists; a year before {@link #EARLIEST_BARE_YEAR} is no
   * event's; and a tail must be a place and a date ({@link #TAIL_OF_PLACE_OR_DATE}), with no
   * registry venue, event word, status, or word of a review, draft or ranking ({@link
   * #NOT_AT_THE_EVENT}).
   */
  private Mention bareAcronym(String blanked) {
    Matcher m = BARE_ACRONYM.matcher(blanked);
    if (!m.matches() || (m.group("yearBefore") == null) == (m.group("year") == null)) {
      return null; // a year, before the acronym or after it, and only one
    }
    Integer year = year((m.group("yearBefore") != null ? m.group("yearBefore") : m.group("year")).replaceAll("['’]", ""));
    String acronym = m.group("acronym");
    String upper = acronym.toUpperCase(Locale.ROOT);
    String lower = acronym.toLowerCase(Locale.ROOT);
    if (year == null || year < EARLIEST_BARE_YEAR || capitals(acronym).length() < 2 || !unlisted(acronym) || registry.knowsMisspelt(acronym)
        || Arrays.stream(acronym.split("-")).anyMatch(registry::knows) || partOfListed(acronym) || CHALLENGE.matcher(lower).find() || PLACING.matcher(lower).find()
        || NOT_THE_EVENT.matcher(acronym).find() || NOT_AN_EVENT.contains(upper) || ACM_GROUP.matcher(acronym).matches() || DIGIT_NOT_FOR.matcher(acronym).find()
        || JOURNAL_ABBREVIATION.matcher(acronym).matches() || m.group("society") != null && (SOCIETY_JOURNAL.matcher(acronym).matches() || SOCIETY_UNITS.contains(upper))) {
      return null;
    }
    String tail = m.group("tail") == null ? "" : m.group("tail");
    String lowerTail = tail.toLowerCase(Locale.ROOT);
    if (!tail.isEmpty()
        && (!PLACE_AND_DATE.matcher(tail).matches() || !TAIL_OF_PLACE_OR_DATE.matcher(tail).matches() || EVENT_WORD.matcher(tail).find()
            || NOT_AT_THE_EVENT.matcher(tail).find() || NOT_THE_EVENT.matcher(tail).find() || statusIn(lowerTail) != null
            || CHALLENGE.matcher(lowerTail).find() || PLACING.matcher(lowerTail).find()
            || Arrays.stream(tail.split("[^\\p{L}\\p{N}-]+")).anyMatch(w -> capitals(w).length() >= 3 && registry.knows(w) && !NOT_A_CONFERENCE.contains(w)))) {
      return null;
    }
    return conferenceOrHostsWorkshop(acronym, m.start("acronym"), m.end("acronym"), year);
  }

  /**
   * A society's journal by its abbreviation, after the society's name: its Transactions, Journals,
   * Open Journals and Letters ("IEEE TVT", "IEEE JSTARS", "IEEE OJSP", "IEEE IoTJ", "IEEE WCL").
   * Without the society, a T or a J begins events' acronyms too (TRB, JURIX).
   */
  private static final Pattern SOCIETY_JOURNAL = Pattern.compile("(?:[TJL]|OJ)-?\\p{Lu}{1,6}|[\\p{L}-]{1,6}[LJ]|[\\p{L}&-]{1,6}M(?:ag)?|C(?:OM)?ST");
  /**
   * The same without the society's name: a Transactions ("TVT", "T-RO", "TPWRS") or an
   * International Journal ("IJRR") by its abbreviation. (A T begins an event's acronym too, TRB,
   * which is then not read.)
   */
  private static final Pattern JOURNAL_ABBREVIATION = Pattern.compile("T-?\\p{Lu}{2,5}|IJ\\p{Lu}{2,5}");
  /** A digit in an acronym, but for the 4 of "for" before a word ("Agents4Science"): "HTML5", "GPT-4o", "Ego4D" name no event. */
  private static final Pattern DIGIT_NOT_FOR = Pattern.compile("\\p{N}(?<!\\p{L}4(?=\\p{Lu}\\p{L}))");
  /**
   * Acronyms that name no event with a year after them: societies and organisations ("EAI 2025",
   * "SIAM 2025"), and words of a paper's kind or stage written in capitals ("PREPRINT 2025",
   * "PhD 2025").
   */
  private static final Set<String> NOT_AN_EVENT =
      Set.of(
          // societies, agencies, organisations, countries, universities
          "IEEE", "ACM", "ASCE", "IFAC", "ISCA", "IAPR", "EAI", "SPIE", "SIAM", "AIAA", "ASME", "IFIP", "AAAS", "ACS", "OSA", "OPTICA", "AMS", "IET", "INFORMS", "AAAI",
          "NASA", "ESA", "JAXA", "CERN", "NSF", "NIH", "DARPA", "ERC", "DOE", "NOAA", "NIST", "ISO", "IEC", "ITU", "ETSI", "IETF", "ECMA", "OECD", "WHO", "WEF", "UN",
          "UNFCCC", "IMF", "EU", "UK", "USA", "US", "UAE", "MIT", "CMU", "UCLA", "ETH", "EPFL", "KAIST", "OPENAI", "DEEPMIND",
          // journals abbreviated in physics, astronomy, biology and medicine
          "PRL", "PRA", "PRB", "PRC", "PRD", "PRE", "PRX", "JHEP", "JCAP", "MNRAS", "APJ", "APJL", "APJS", "AJ", "A&A", "EPJC", "NPB", "PLB", "CQG", "JCP", "PNAS",
          "NEJM", "JAMA", "BMJ", "NAR", "PLOS",
          // computing journals and book series by abbreviations no registry row gives
          "CSUR", "IOTJ", "LRA", "RAL", "BIB", "CHB", "CMPB", "COSE", "EMSE", "NEUCOM", "PVLDB", "PACMMOD", "POMACS", "XRDS", "DTRAP", "LNEE", "LNNS", "LIPICS", "EPTCS",
          "AISC", "CCIS", "LNAI", "LNBI",
          // data, models, software, instruments, standards, diseases
          "COCO", "KITTI", "LAION", "IMAGENET", "BERT", "LLAMA", "PYTORCH", "CUDA", "ATLAS", "CMS", "LHC", "LIGO", "JWST", "SDSS", "JPEG", "MPEG", "HTTP", "COVID",
          "SARS", "MERS",
          // a paper's kind or stage written in capitals
          "PREPRINT", "DRAFT", "THESIS", "ARXIV", "ERRATUM", "REVISED", "REVISION", "UPDATE", "UPDATED", "FINAL", "EDITION", "VER", "VERSION", "PHD", "MSC", "BSC",
          "MPHIL", "DPHIL", "MD", "MBA");
  /**
   * The earliest year a bare unknown acronym is read with: before it, "JPEG 2000", "HTTP 1999",
   * "SARS 2003" are standards and outbreaks more often than events.
   */
  private static final int EARLIEST_BARE_YEAR = 2010;
  /** An ACM special interest group, which holds conferences under other names ("SIGPLAN 2025"). */
  private static final Pattern ACM_GROUP = Pattern.compile("SIG[A-Za-z]+");
  /**
   * IEEE's societies, councils and groups, which a year after them does not make an event ("IEEE
   * EMBS 2025": which of the society's conferences is meant, the text does not say).
   */
  private static final Set<String> SOCIETY_UNITS =
      Set.of("AESS", "APS", "BTS", "CAS", "CEDA", "CES", "CIS", "COMSOC", "CS", "CSS", "DEIS", "EDS", "EMBS", "EMCS", "GRSS", "IAS", "IES", "ITSS", "MAGS", "MTT-S",
          "NPSS", "OES", "PELS", "PES", "PHO", "PSES", "RAS", "RS", "SMCS", "SPS", "SSCS", "SSIT", "TEMS", "UFFC", "VTS", "SA", "WIE", "YP", "HKN");

  /**
   * A word, then a registry acronym of four letters or more from its capital on: a lab or track of
   * that venue ("TalentCLEF", "FungiClef"), not a name that merely ends in one's letters ("CosSci"
   * is no SSCI's).
   */
  private static final Pattern WORD_THEN_ACRONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{L}{3,})");

  private boolean partOfListed(String acronym) {
    Matcher m = WORD_THEN_ACRONYM.matcher(acronym);
    return m.matches() && registry.knows(m.group(1));
  }

  /**
   * Whether the comment, its counts of pages left out ({@code commentWithoutCounts}), is this
   * clause followed only by notes of its code, data or page ({@link #NOTE_AFTER}) that name no
   * venue and give no year or status.
   */
  private static boolean onlyNotesAfter(String clause, String commentWithoutCounts) {
    String own = withoutCounts(clause);
    // A note is a sentence or two: a longer rest is read as saying more, which also keeps a long
    // comment of repeated clauses from being read once per clause.
    if (own.isEmpty() || commentWithoutCounts.length() - own.length() > MAX_NOTE_CHARS || !commentWithoutCounts.startsWith(own)) {
      return false;
    }
    String rest = URLISH.matcher(commentWithoutCounts.substring(own.length())).replaceAll(" ");
    String lower = rest.toLowerCase(Locale.ROOT);
    return NOTE_AFTER.matcher(rest).matches() && statusIn(lower) == null && !ANY_YEAR.matcher(rest).find() && !VENUE_WORD.matcher(rest).find()
        && !CHALLENGE.matcher(lower).find() && !PLACING.matcher(lower).find() && !NOT_AT_THE_EVENT.matcher(rest).find();
  }

  /** The longest note after a bare venue ({@link #onlyNotesAfter}). */
  private static final int MAX_NOTE_CHARS = 200;

  /** Small words before an event word that make the words before it something said of the event, not its name. */
  private static final Pattern SAID_OF_AN_EVENT = Pattern.compile("\\b(?:of|to|from|for|with|at|by|in|the)\\b|,");
  /** What may follow an event word in a bare name: nothing, or the small word that goes on to its subject. */
  private static final Pattern AFTER_EVENT_WORD = Pattern.compile("(?:\\s+(?:on|of|for|and|&|in|de|du)\\s.*)?");

  /**
   * Whether a bare name ({@link #BARE_NAMED_EVENT}) is one event's name, its event word at {@code
   * event}: not what a comment says of an event ("Thanks to the Organizers of the …", "Summary of
   * the …", "Accecpted to CURAC conference", a misspelt status word), not a workshop named after
   * its host ("IEEE Big Data, Workshop on …"), not a talk, poster or report ({@link
   * #NOT_THE_EVENT}), and not a paper or a version of one ("Workshop Paper", "Conference
   * Version": after the event word only "on", "of", "for", "and" or "in" go on with the name).
   */
  private static boolean isOneEventsName(String name, Matcher event) {
    String lead = name.substring(0, event.start());
    return !SAID_OF_AN_EVENT.matcher(lead).find() && !NOT_THE_EVENT.matcher(name).find() && AFTER_EVENT_WORD.matcher(name.substring(event.end())).matches();
  }

  /**
   * The registry's journal of exactly this title, compared word by word as names are: a title the
   * statement gives alone is then that journal, not a provisional one beside it ("To appear in
   * Communications of the ACM" is the listed CACM).
   */
  private Optional<VenueSeries> listedJournal(String title) {
    List<String> words = VenueText.nameTokens(title).stream().map(VenueText.Token::text).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<VenueSeries> same =
        Stream.concat(registry.namesStartingWith(words.get(0)).stream(), registry.shortJournalNamesStartingWith(words.get(0)).stream())
            .filter(n -> n.words().equals(words) && n.series().journal())
            .map(VenueRegistry.Name::series)
            .distinct()
            .toList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty(); // none where two journals share the title
  }

  /** A workshop no registry lists, by its acronym: "ModRef 2025 workshop", "LUHME: 2nd Workshop on …". */
  private static Mention provisionalWorkshop(String acronym, int start, int end, Integer year) {
    return new Mention(start, end, List.of(VenueSeries.provisional(acronym, acronym + " Workshop", VenueKind.CONFERENCE)), year, Kind.PROVISIONAL, true);
  }

  /** A conference no registry lists, known by its acronym alone. */
  private static Mention provisionalConference(String acronym, int start, int end, Integer year) {
    return new Mention(start, end, List.of(VenueSeries.provisional(acronym, null, VenueKind.CONFERENCE)), year, Kind.PROVISIONAL);
  }

  /**
   * A provisional conference by its acronym, or where the acronym names its host ("EMA4MICCAI
   * 2025") a workshop of that host: the mention then covers the acronym alone, the workshop's name.
   */
  private Mention conferenceOrHostsWorkshop(String acronym, int start, int end, Integer year) {
    List<VenueSeries> host = hostInWorkshopAcronym(acronym);
    return host.isEmpty()
        ? provisionalConference(acronym, start, end, year)
        : new Mention(start, start + acronym.length(), host, year, Kind.ACRONYM, true);
  }

  /**
   * The conference a workshop's acronym says it is held at, "for" written as 4: "EMA4MICCAI 2025
   * Workshop", "DGM4MICCAI" are workshops of MICCAI. Only a registry conference known by that one
   * acronym, of three capitals or more; "AI4MATH" names no host.
   */
  private List<VenueSeries> hostInWorkshopAcronym(String acronym) {
    Matcher m = FOR_HOST.matcher(acronym);
    if (!m.matches()) {
      return List.of();
    }
    List<VenueSeries> host = registry.byAcronym(m.group(1));
    return host.size() == 1 && !host.get(0).journal() ? host : List.of();
  }

  /**
   * Whether the acronym at {@code at}, in parentheses, follows a name its initials spell that shares
   * no word, beyond the words every event name has, with any name the registry gives that acronym:
   * "Annual International Meeting (AIM)" is not "Advanced Intelligent Mechatronics". A registry
   * series with no full name leaves nothing to compare, so the acronym stands.
   */
  private static boolean namesAnotherVenue(String clause, int at, String acronym, List<VenueSeries> listed) {
    String before = clause.substring(0, at).stripTrailing();
    if (!before.endsWith("(")) {
      return false;
    }
    String[] words = before.substring(0, before.length() - 1).strip().split("\\s+");
    String letters = capitals(acronym);
    Set<String> spelled = null;
    for (int s = words.length - 1; s >= 0 && (capitalised(words[s]) || CONNECTORS.contains(words[s])); s--) {
      if (capitalised(words[s]) && initials(words, s).equals(letters)) {
        spelled = contentWords(String.join(" ", Arrays.copyOfRange(words, s, words.length)));
        break;
      }
    }
    return spelled != null && sharesNoWord(spelled, listed);
  }

  /**
   * Whether {@code listed} is not empty, every series of it has a full name, and none of their
   * names shares a word with {@code words}. A registry series with no full name leaves nothing to
   * compare.
   */
  private static boolean sharesNoWord(Set<String> words, List<VenueSeries> listed) {
    if (listed.isEmpty()) {
      return false;
    }
    for (VenueSeries series : listed) {
      if (series.fullName() == null) {
        return false;
      }
      Set<String> known = contentWords(series.fullName());
      series.altNames().forEach(n -> known.addAll(contentWords(n)));
      if (!Collections.disjoint(words, known)) {
        return false;
      }
    }
    return true;
  }

  /** The words of a name that tell one event from another, in lower case. */
  private static Set<String> contentWords(String name) {
    Set<String> words = new HashSet<>();
    for (String w : EVENT_NOISE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !CONNECTORS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * Whether a two-word acronym is the initials of words of the name followed by the name's next
   * word: "MT Summit" for "Machine Translation Summit".
   */
  private static boolean initialsThenWord(String acronym, String name) {
    String[] parts = acronym.split("\\s+");
    if (parts.length != 2) {
      return false;
    }
    List<String> words = Arrays.stream(name.split("\\s+")).filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))).toList();
    int at = words.indexOf(parts[1]);
    int n = parts[0].length();
    if (at < n) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    words.subList(at - n, at).forEach(w -> initials.append(w.charAt(0)));
    return initials.toString().equalsIgnoreCase(parts[0]);
  }

  /** Whether {@code before} gives {@code digits} as an ordinal ("the 19th …" for "(IAS-19)"). */
  private static boolean repeatsAnOrdinal(String before, String digits) {
    Matcher o = ORDINAL_NUMBER.matcher(before);
    while (o.find()) {
      if (o.group(1).equals(digits)) {
        return true;
      }
    }
    return false;
  }

  /** An acronym no registry lists that is no publisher's or proceedings series' either: one to make a provisional venue of. */
  private boolean unlisted(String acronym) {
    return !registry.knows(acronym) && !NOT_A_CONFERENCE.contains(acronym);
  }

  /** The capital letters of an acronym, which say how much of an acronym it is ("SwissText": ST). */
  private static String capitals(String acronym) {
    return acronym.replaceAll("[^\\p{Lu}]", "");
  }

  /** Where the list whose last "and" is at {@code and} ends: at the next comma, or with the name. */
  private static int endOfList(String name, int and) {
    int comma = name.indexOf(',', and);
    return comma < 0 ? name.length() : comma;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The words before a name cited as where the paper is: "In", "In ACM", "In the IEEE". */
  private static final Pattern CITED_IN = Pattern.compile("(?i)in(?:\\s+(?:the|acm|ieee|acm/ieee|ieee/acm|ieee/cvf))*");

  /**
   * "Quantum Techniques in Machine Learning (QTML)" for an acronym no registry knows. Where the
   * initials do not spell the acronym ("Conference on Graphics, Patterns and Images (SIBGRAPI)
   * 2025"), the acronym alone still names a venue when the words before it say conference or the
   * like, the statement gives the year in or right after the parentheses, and a status word says
   * the paper is there, or the comment ({@code whole}) is nothing but the venue's name.
   */
  private void findProvisional(String clause, List<Mention> out, boolean whole) {
    Matcher m = PAREN_ACRONYM.matcher(clause);
    while (m.find()) {
      String acronym = m.group(1);
      String letters = capitals(acronym);
      if (letters.length() < 2 || registry.knows(acronym) && !namesAnotherVenue(clause, m.start(1), acronym, registry.byAcronym(acronym))) {
        continue;
      }
      String[] words = clause.substring(0, m.start()).strip().split("\\s+");
      int runStart = words.length;
      // "The 7th International conference on Pattern Recognition and Image Analysis (IPRIA 2025)":
      // a venue word in lower case is part of the name all the same.
      while (runStart > 0 && (capitalised(words[runStart - 1]) || CONNECTORS.contains(words[runStart - 1]) || LOWER_VENUE_WORD.matcher(words[runStart - 1]).matches())) {
        runStart--;
      }
      Matcher yearAfter = YEAR_AFTER.matcher(clause.substring(m.end()));
      // "the 19th International Conference on Intelligent Autonomous Systems (IAS-19), Genoa, Italy,
      // 2025": two digits that repeat the ordinal before the name are the edition, not the year.
      boolean edition = m.group(2) != null && m.group(2).length() == 2 && repeatsAnOrdinal(clause.substring(0, m.start()), m.group(2));
      Integer year = m.group(2) != null && !edition ? year(m.group(2)) : yearAfter.find() && yearAfter.group(1) != null ? year(yearAfter.group(1)) : null;
      // A comment that names a conference by its name, acronym and year and says nothing of its
      // status states the venue, as a bare "X 2025" does ("29th International Conference on ...
      // (IPCV'25)"); "the conference (ABC 2025)" is no name.
      int named = runStart;
      while (named < words.length && CONNECTORS.contains(words[named])) {
        named++;
      }
      boolean alone = whole && named < words.length && capitalised(words[named]);
      boolean stated = year != null && (alone || statusIn(clause.toLowerCase(Locale.ROOT)) != null);
      boolean spelled = false;
      for (int s = words.length - 1; s >= runStart; s--) {
        if (!capitalised(words[s]) || !initials(words, s).equals(letters)) {
          continue;
        }
        spelled = true;
        String name = String.join(" ", Arrays.copyOfRange(words, s, words.length)).replaceAll(",$", "");
        String lead = String.join(" ", Arrays.copyOfRange(words, Math.max(runStart, s - 3), s));
        String trail = clause.substring(m.end(), Math.min(clause.length(), m.end() + 20));
        boolean venue =
            VENUE_WORD.matcher(name).find() || VENUE_WORD.matcher(lead).find() || VENUE_WORD.matcher(trail).find() 
                || PROCEEDINGS_OF.matcher(String.join(" ", Arrays.copyOfRange(words, 0, s))).find();
        boolean journal = JOURNAL_WORD.matcher(name).find();
        // "Journal", "Transactions" name a journal; "Review" and the like only with an acceptance
        // and a year in or right after the parentheses ("Accepted paper at Recent Advances in
        // Natural Language Processing (RANLP) 2025"), not after a comma, where a journal's
        // statement puts the year ("Big Data Mining and Analytics (BDMA), 2025").
        boolean accepted = (m.group(2) != null || DIRECT_YEAR.matcher(clause.substring(m.end())).lookingAt()) && ACCEPTED.matcher(clause.toLowerCase(Locale.ROOT)).find();
        // A comment that is nothing but a name, its acronym and a year ("Semantic Technology for
        // Intelligence, Defense, and Security (STIDS 2024)") names a venue, venue word or not; not
        // after a status word, where a journal is written the same way ("Accepted for publication
        // in Big Data Mining and Analytics (BDMA), 2025").
        boolean nameAlone = alone && year != null && s == named && statusIn(clause.toLowerCase(Locale.ROOT)) == null;
        // "In ACM Conversational User Interfaces (CUI '25)": a name cited as where the paper is, the
        // edition's year with its acronym as a conference writes it.
        boolean cited = m.group(2) != null && !edition && CITED_IN.matcher(String.join(" ", Arrays.copyOfRange(words, 0, s))).matches();
        if (venue || accepted || nameAlone || cited || JOURNAL_TITLE.matcher(name).find()) {
          int start = clause.lastIndexOf(words[s], m.start());
          // "Workshop on Hyperspectral Imaging and Signal Processing: Evolution in Remote Sensing
          // (WHISPERS)": a name that says workshop is a workshop of its own; so is one whose
          // initials end a workshop's name ("the 20th Workshop on Innovative Use of NLP for
          // Building Educational Applications (BEA 2025)"), named then by all of it.
          boolean workshop = !journal && OWN_WORKSHOP_NAME.matcher(name).lookingAt();
          String run = String.join(" ", Arrays.copyOfRange(words, runStart, s));
          Matcher longer = WORKSHOP_NAME_IN.matcher(run);
          if (!journal && !workshop && longer.find()) {
            workshop = true;
            name = run.substring(longer.start()) + " " + name;
          }
          VenueSeries series = VenueSeries.provisional(acronym, name, journal ? VenueKind.JOURNAL : VenueKind.CONFERENCE);
          out.add(new Mention(start, m.end(), List.of(series), year, Kind.PROVISIONAL, workshop));
        }
        break;
      }
      String run = String.join(" ", Arrays.copyOfRange(words, runStart, words.length));
      if (!spelled && year == null && runStart < words.length) {
        // "Presented at the 2025 33rd Signal Processing and ... Conference (SIU)": the year before the name.
        Matcher before = YEAR_BEFORE.matcher(clause.substring(0, clause.lastIndexOf(words[runStart], m.start())));
        year = before.find() ? year(before.group(1)) : null;
        stated = year != null && (alone || statusIn(clause.toLowerCase(Locale.ROOT)) != null);
      }
      if (!spelled && stated && VENUE_WORD.matcher(run).find() && !JOURNAL_WORD.matcher(run).find()) {
        out.add(provisionalConference(acronym, m.start() + 1, m.end(), year));
      }
    }
  }

  /**
   * A capitalised word of a name; a comma may end it ("Motion, Interaction, and Games"), and a dot
   * an abbreviation ("Int. Conf. on Computer, Software and Modeling").
   */
  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && word.matches("[\\p{L}\\p{N}&'’-]+[.:]?,?");
  }

  private static String initials(String[] words, int from) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < words.length; k++) {
      if (capitalised(words[k])) {
        for (String part : words[k].split("-")) {
          if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
            sb.appendCodePoint(part.codePointAt(0)); // Pacific-Asia: P, A
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * One mention where a name and its acronym stand together ("Advances in Neural Information
   * Processing Systems (NeurIPS)"), or where one lies inside the other.
   */
  private static List<Mention> merge(String clause, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean together = last != null && (m.start() < last.end() || SAME_PLACE.matcher(clause.substring(last.end(), m.start())).matches());
      if (together && shared(last, m) != null) {
        // The same venue named twice in one statement ("... Image Processing, IEEE ICIP 2025").
        List<VenueSeries> both = shared(last, m);
        Integer year = last.year() != null ? last.year() : m.year();
        Kind kind = last.kind().compareTo(m.kind()) >= 0 ? last.kind() : m.kind();
        out.set(out.size() - 1, new Mention(last.start(), Math.max(last.end(), m.end()), both, year, kind, last.workshop() || m.workshop()));
      } else if (last != null && m.start() < last.end()) {
        // Overlapping but naming different series: the longer mention says more.
        if (m.end() - m.start() > last.end() - last.start()) {
          out.set(out.size() - 1, m);
        }
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static List<VenueSeries> shared(Mention a, Mention b) {
    List<VenueSeries> both = new ArrayList<>(a.series());
    both.retainAll(b.series());
    if (both.isEmpty() && a.series().size() == 1 && b.series().size() == 1 && a.series().get(0).provisional() && b.series().get(0).provisional()) {
      return a.series();
    }
    return both.isEmpty() ? null : both;
  }

  /** An acronym and a number joined by a hyphen ("HICSS-59"). */
  private static final Pattern EDITION_JOINED = Pattern.compile("(\\p{Lu}[\\p{L}&+]*\\p{Lu}[\\p{L}&+]*)-(\\d{1,3})");
  /** An acronym with two digits joined to it ("SSW13", "CVPR25"). */
  private static final Pattern ATTACHED_TWO_DIGITS = Pattern.compile("\\p{L}\\d{2}$");

  private static Integer adjacentYear(String clause, Mention m) {
    Matcher after = YEAR_AFTER.matcher(clause.substring(m.end()));
    if (after.find()) {
      Integer y = year(after.group(1) != null ? after.group(1) : after.group(2));
      if (y != null) {
        return y;
      }
    }
    Matcher before = YEAR_BEFORE.matcher(clause.substring(0, m.start()));
    return before.find() ? year(before.group(1)) : null;
  }

  /** The one year a statement gives, or null when it gives none or several. */
  private static Integer onlyYear(String segment) {
    Set<Integer> years = new TreeSet<>();
    Matcher m = ANY_YEAR.matcher(segment);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years.size() == 1 ? years.iterator().next() : null;
  }

  /** 2022 as is, '23 or 23 as 2023; anything outside 1980 to 2039 is no year. */
  private static Integer year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 2) {
      return y <= 39 ? 2000 + y : null;
    }
    return y >= 1980 && y <= 2039 ? y : null;
  }

  /**
   * The status the words before the venue state, else those after it; a workshop overrides
   * acceptance (accepted at a workshop of X). Null when no status word is there: the caller
   * then records the venue as stated fact (published).
   */
  private static VenueStatus status(String before, String after, String acronym, boolean sameVenueNext) {
    VenueStatus s = statusIn(before);
    if (s == null) {
      s = statusIn(after);
    } else if (s == VenueStatus.SUBMITTED && (ACCEPTED_LATER.matcher(after).find() || acceptedThereLater(after, acronym, sameVenueNext))) {
      s = VenueStatus.ACCEPTED; // "Submitted to ICML 2025 in January, and accepted in May": the later word
    }
    boolean workshop =
        WORKSHOP.matcher(before).find() || HOSTED.matcher(before).find() || WORKSHOP.matcher(after.substring(0, Math.min(after.length(), 60))).find()
            || NAME_THEN_WORKSHOP.matcher(after).lookingAt();
    if (s == null) {
      return workshop ? VenueStatus.WORKSHOP : null;
    }
    if (workshop && s != VenueStatus.UNDER_REVIEW && s != VenueStatus.SUBMITTED) {
      return VenueStatus.WORKSHOP;
    }
    return s;
  }

  private static boolean acceptedThereLater(String after, String acronym, boolean sameVenueNext) {
    if (sameVenueNext && ACCEPTED_THERE_BEFORE_NEXT.matcher(after).find()) {
      return true;
    }
    return acronym != null
        && !acronym.isBlank()
        && Pattern.compile(ACCEPTED_THERE_LATER + Pattern.quote(acronym.toLowerCase(Locale.ROOT)) + "\\b(?![^.;]*workshop)").matcher(after).find();
  }

  private static VenueStatus statusIn(String text) {
    if (UNDER_REVIEW.matcher(text).find()) {
      return VenueStatus.UNDER_REVIEW;
    }
    if (SUBMITTED.matcher(ACCEPTED_AS_SUBMISSION.matcher(text).replaceAll("accepted")).find()) {
      return VenueStatus.SUBMITTED;
    }
    if (TO_APPEAR.matcher(text).find()) {
      return VenueStatus.TO_APPEAR;
    }
    if (ACCEPTED_MANUSCRIPT.matcher(text).find() || ACCEPTED_AND_PUBLISHED.matcher(text).find()) {
      return VenueStatus.PUBLISHED;
    }
    if (ACCEPTED.matcher(text).find()) {
      return VenueStatus.ACCEPTED;
    }
    if (PUBLISHED.matcher(text).find()) {
      return VenueStatus.PUBLISHED;
    }
    return null;
  }

  /**
   * "ECAI-EXCD Workshop" read as "ECAI EXCD Workshop", and "EMNLP-Findings 2025" as "EMNLP Findings
   * 2025" (same length), where the registry knows the host.
   */
  private String splitHostFromWorkshop(String text) {
    Matcher m = HOST_HYPHEN_WORKSHOP.matcher(text);
    StringBuilder sb = new StringBuilder(text);
    while (m.find()) {
      if (registry.byAcronym(m.group(1)).stream().anyMatch(s -> !s.journal())) {
        sb.setCharAt(m.end(1), ' ');
      }
    }
    return sb.toString();
  }

  /**
   * URLs, e-mail addresses, DOIs and the ACM Computing Classification System ("ACM 2012 CCS -
   * Human-centered computing", "CCS Concepts:") blanked out (same length), so nothing in them is
   * a venue: that CCS is no conference.
   */
  private static String mask(String text) {
    StringBuilder sb = new StringBuilder(text);
    for (Pattern p : List.of(URLISH, CLASSIFICATION)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        for (int k = m.start(); k < m.end(); k++) {
          sb.setCharAt(k, ' ');
        }
      }
    }
    return sb.toString();
  }

  /**
   * "Accepted to CVPR 2025. … The final version will appear in the Proceedings of … CVPR 2025",
   * "accepted and presented at IGARSS 2025 and will appear in the IEEE IGARSS 2025 proceedings":
   * a venue named again with another status, accepted, published or to appear, is the same paper
   * at the same edition; the first statement says its status, as a later sentence about the final
   * version does not change it. In a comment that names a conference's adjunct or companion
   * proceedings, where its workshops' papers appear, a "to appear" beside a workshop claim at the
   * same edition names those proceedings ("To be published in: Adjunct Proceedings of … (UMAP
   * Adjunct '25) … Accepted at the 4th Workshop on … (GMAP), co-located at UMAP 2025"): the workshop
   * claim says it all. Any other workshop claim at the same edition is another statement and stays:
   * "Presented at CoRL 2024 and as an Oral Presentation at the 2024 CoRL LEAP Workshop", "To appear
   * at CVPR 2025; also at the CVPR 2025 AI4CC workshop".
   */
  private static void dropRestatements(Map<String, VenueClaim> claims, String comment) {
    boolean workshopProceedings = ADJUNCT_PROCEEDINGS.matcher(comment).find();
    Map<String, VenueStatus> first = new HashMap<>();
    Set<String> workshopEditions = new HashSet<>();
    claims.values().stream().filter(c -> c.status() == VenueStatus.WORKSHOP).forEach(c -> workshopEditions.add(edition(c)));
    claims.values().removeIf(c -> {
      if (c.status() != VenueStatus.ACCEPTED && c.status() != VenueStatus.PUBLISHED && c.status() != VenueStatus.TO_APPEAR) {
        return false;
      }
      String edition = edition(c);
      if (workshopProceedings && c.status() == VenueStatus.TO_APPEAR && workshopEditions.contains(edition)) {
        return true;
      }
      VenueStatus earlier = first.putIfAbsent(edition, c.status());
      return earlier != null && earlier != c.status();
    });
  }

  /** A claim's series and year, the edition it puts the paper at. */
  private static String edition(VenueClaim c) {
    return c.series().slug() + "|" + c.year();
  }

  /** A conference's adjunct or companion proceedings: "Adjunct Proceedings of …", "(UMAP Adjunct '25)". */
  private static final Pattern ADJUNCT_PROCEEDINGS = Pattern.compile("(?i)\\b(?:adjunct|companion)\\b");

  /** "SIGGRAPH" beside "SIGGRAPH 2025" in one comment says nothing more. */
  private static void dropYearlessDuplicates(Map<String, VenueClaim> claims) {
    List<VenueClaim> all = List.copyOf(claims.values());
    claims.values().removeIf(c -> c.year() == null && all.stream().anyMatch(o -> o.year() != null && o.series().equals(c.series())));
  }
}
