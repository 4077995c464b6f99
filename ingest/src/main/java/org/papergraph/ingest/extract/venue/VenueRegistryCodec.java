package org.papergraph.ingest.extract.venue;

import static org.papergraph.ingest.binary.BinaryFields.readRequiredString;
import static org.papergraph.ingest.binary.BinaryFields.readSize;
import static org.papergraph.ingest.binary.BinaryFields.readString;
import static org.papergraph.ingest.binary.BinaryFields.readStrings;
import static org.papergraph.ingest.binary.BinaryFields.writeString;
import static org.papergraph.ingest.binary.BinaryFields.writeStrings;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link VenueRegistry} as binary fields: the series in their order, then the preferred
 * acronyms, the title-only journals and the edition ordinals, each naming its series by slug
 * (unique in a registry). Maps are written sorted, so that one registry always gives the same
 * bytes.
 */
final class VenueRegistryCodec {
  private static final long NO_DATE = Long.MIN_VALUE;

  private VenueRegistryCodec() {}

  static void write(List<VenueSeries> series, Map<String, VenueSeries> preferred, Set<VenueSeries> titleOnly,
      Map<String, Map<Integer, Integer>> editionYears, DataOutput out) throws IOException {
    out.writeInt(series.size());
    for (VenueSeries s : series) {
      writeSeries(s, out);
    }
    out.writeInt(preferred.size());
    for (Map.Entry<String, VenueSeries> e : new TreeMap<>(preferred).entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue().slug());
    }
    writeStrings(out, titleOnly.stream().map(VenueSeries::slug).sorted().toList());
    out.writeInt(editionYears.size());
    for (Map.Entry<String, Map<Integer, Integer>> e : new TreeMap<>(editionYears).entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue().size());
      for (Map.Entry<Integer, Integer> ordinal : new TreeMap<>(e.getValue()).entrySet()) {
        out.writeInt(ordinal.getKey());
        out.writeInt(ordinal.getValue());
      }
    }
  }

  static VenueRegistry read(DataInput in) throws IOException {
    int n = readSize(in, "series list");
    List<VenueSeries> series = new ArrayList<>(n);
    Map<String, VenueSeries> bySlug = new HashMap<>();
    for (int i = 0; i < n; i++) {
      VenueSeries s = readSeries(in);
      series.add(s);
      bySlug.put(s.slug(), s);
    }
    Map<String, VenueSeries> preferred = new LinkedHashMap<>();
    int p = readSize(in, "preferred acronym list");
    for (int i = 0; i < p; i++) {
      preferred.put(readRequiredString(in, "a preferred acronym"), series(bySlug, readString(in)));
    }
    Set<VenueSeries> titleOnly = new HashSet<>();
    for (String slug : readStrings(in)) {
      titleOnly.add(series(bySlug, slug));
    }
    Map<String, Map<Integer, Integer>> editionYears = new HashMap<>();
    int e = readSize(in, "edition ordinal list");
    for (int i = 0; i < e; i++) {
      String slug = series(bySlug, readString(in)).slug();
      int m = readSize(in, "edition ordinal list");
      Map<Integer, Integer> years = new HashMap<>();
      for (int j = 0; j < m; j++) {
        years.put(in.readInt(), in.readInt());
      }
      editionYears.put(slug, years);
    }
    return new VenueRegistry(series, preferred, titleOnly, editionYears);
  }

  private static VenueSeries series(Map<String, VenueSeries> bySlug, String slug) throws IOException {
    VenueSeries s = bySlug.get(slug);
    if (s == null) {
      throw new IOException("corrupt data: no venue series has the slug " + slug);
    }
    return s;
  }

  private static void writeSeries(VenueSeries s, DataOutput out) throws IOException {
    writeString(out, s.slug());
    writeString(out, s.acronym());
    writeString(out, s.fullName());
    writeStrings(out, s.altAcronyms());
    writeStrings(out, s.altNames());
    writeStrings(out, s.dblpKeys());
    out.writeInt(s.ranks().size());
    for (Map.Entry<String, String> r : new TreeMap<>(s.ranks()).entrySet()) {
      writeString(out, r.getKey());
      writeString(out, r.getValue());
    }
    out.writeInt(s.editions().size());
    for (VenueEdition e : s.editions()) {
      out.writeInt(e.year());
      writeString(out, e.dateText());
      out.writeLong(e.startDate() == null ? NO_DATE : e.startDate().toEpochDay());
      out.writeLong(e.endDate() == null ? NO_DATE : e.endDate().toEpochDay());
      writeString(out, e.place());
      writeString(out, e.link());
    }
    out.writeBoolean(s.provisional());
    out.writeUTF(s.kind().name());
    writeStrings(out, s.sources());
    writeStrings(out, s.issns());
  }

  private static VenueSeries readSeries(DataInput in) throws IOException {
    String slug = readRequiredString(in, "a venue series' slug");
    String acronym = readRequiredString(in, "the acronym of venue series " + slug);
    String fullName = readString(in);
    List<String> altAcronyms = readStrings(in);
    List<String> altNames = readStrings(in);
    List<String> dblpKeys = readStrings(in);
    Map<String, String> ranks = new HashMap<>();
    int r = readSize(in, "rank list");
    for (int i = 0; i < r; i++) {
      ranks.put(readRequiredString(in, "a rank system"), readRequiredString(in, "a rank"));
    }
    int n = readSize(in, "edition list");
    List<VenueEdition> editions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      editions.add(new VenueEdition(in.readInt(), readString(in), date(in.readLong()), date(in.readLong()), readString(in), readString(in)));
    }
    boolean provisional = in.readBoolean();
    VenueKind kind;
    String kindName = in.readUTF();
    try {
      kind = VenueKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt data: venue series " + slug + " has the unknown kind " + kindName, e);
    }
    List<String> sources = readStrings(in);
    return new VenueSeries(slug, acronym, fullName, altAcronyms, altNames, dblpKeys, ranks, editions, provisional, kind, sources, readStrings(in));
  }

  private static LocalDate date(long epochDay) {
    return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
  }
}
