package org.papergraph.ingest.extract.venue;

import java.util.List;

/**
 * The few aliases the registries do not give: well-known renames and spellings. Everything else
 * (acronyms, full names, dblp keys) comes from the registry files themselves.
 *
 * <p>Each entry names its target by dblp key, so an entry cannot silently attach to the wrong
 * series: a key that matches no series (or several) fails the registry load.
 */
final class VenueAliases {
  private VenueAliases() {}

  /**
   * One alias.
   *
   * @param text the alias as written
   * @param dblpKey the target series' dblp key
   * @param name true for a full name (matched case-insensitively, word by word), false for an
   *     acronym (matched as a token)
   * @param preferred true when the alias settles an acronym that two registry series share, in
   *     favour of this target
   */
  record Alias(String text, String dblpKey, boolean name, boolean preferred) {}

  static final List<Alias> ALL =
      List.of(
          // NIPS was renamed NeurIPS in 2018; its proceedings keep the old title.
          new Alias("NIPS", "conf/nips", false, false),
          new Alias("Advances in Neural Information Processing Systems", "conf/nips", true, false),
          new Alias("Neural Information Processing Systems", "conf/nips", true, false),
          // The registries list the ACM conference as SIGKDD; papers mostly write KDD.
          new Alias("KDD", "conf/kdd", false, false),
          new Alias("Knowledge Discovery and Data Mining", "conf/kdd", true, false),
          // WWW has been "The Web Conference" (TheWebConf) since 2018.
          new Alias("TheWebConf", "conf/www", false, false),
          new Alias("WebConf", "conf/www", false, false),
          new Alias("The Web Conference", "conf/www", true, false),
          // ACM Multimedia is written ACM MM, ACMMM or MM.
          new Alias("ACM Multimedia", "conf/mm", true, false),
          new Alias("ACMMM", "conf/mm", false, false),
          // Canadian AI is also written by its association's name, CAIAC.
          new Alias("CAIAC", "conf/ai", false, false),
          new Alias("CanadianAI", "conf/ai", false, false),
          // HCI International is written so more than by its acronym; "HCI" alone is the journal.
          new Alias("HCI International", "conf/hci", false, false),
          // ICMR: the registries name it "ACM SIGMM International Conference on …"; papers drop SIGMM.
          new Alias("International Conference on Multimedia Retrieval", "conf/mir", true, false),
          new Alias("SIGGRAPH Asia", "conf/siggrapha", false, false),
          // ACM Multimedia Asia is also written "ACM MM Asia", which is not ACM MM.
          new Alias("MM Asia", "conf/mmasia", false, false),
          new Alias("ACM MM Asia", "conf/mmasia", false, false),
          // The ISCA Speech Synthesis Workshop, written with its organiser's name: not the ISCA
          // architecture conference, and "Speech Synthesis Workshop" alone is the same series.
          new Alias("ISCA SSW", "conf/ssw", false, false),
          // "IEEE Pacific Visualization 2025 Conference": the symposium's name without "Symposium".
          new Alias("Pacific Visualization", "conf/apvis", true, false),
          new Alias("Speech Synthesis Workshop", "conf/ssw", true, false),
          // The RoboCup International Symposium is also written "RoboCup Symposium".
          new Alias("RoboCup Symposium", "conf/robocup", true, false),
          // The software-engineering FSE (ESEC/FSE) and Fast Software Encryption share the
          // acronym; on arXiv "FSE" is nearly always the former.
          new Alias("FSE", "conf/sigsoft", false, true),
          new Alias("ESEC/FSE", "conf/sigsoft", false, false),
          // WWW and CSCW are also journals' acronyms (World Wide Web; Computer Supported Cooperative
          // Work); written with a year, a track or "ACM" on arXiv they are the conferences.
          new Alias("WWW", "conf/www", false, true),
          new Alias("CSCW", "conf/cscw", false, true),
          // Likewise ASE, AAMAS, VLDB, ISMB and SIGSPATIAL, whose journals arXiv comments write
          // otherwise ("Automated Software Engineering journal", "JAAMAS", "The VLDB Journal",
          // "Bioinformatics"); TCC, RE and CC stay ambiguous, both uses being common.
          new Alias("ASE", "conf/kbse", false, true),
          new Alias("AAMAS", "conf/atal", false, true),
          new Alias("VLDB", "conf/vldb", false, true),
          new Alias("ISMB", "conf/ismb", false, true),
          new Alias("SIGSPATIAL", "conf/gis", false, true),
          new Alias("ECML PKDD", "conf/pkdd", false, false),
          new Alias("NAACL-HLT", "conf/naacl", false, false),
          new Alias("USENIX ATC", "conf/usenix", false, false));
}
