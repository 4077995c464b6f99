package org.papergraph.ingest.binary;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The field encodings of Papergraph's compact binary files: strings as a length and UTF-8 bytes
 * (no 64 KB limit, unlike {@link DataOutput#writeUTF}), null as length -1, lists with their size
 * first. A length that cannot be right (negative, or beyond {@link #MAX_LENGTH}) is an error
 * naming where it was read, never a huge allocation.
 */
public final class BinaryFields {
  /** Longer than any string or list the reference data holds by orders of magnitude. */
  static final int MAX_LENGTH = 1 << 26;

  private BinaryFields() {}

  public static void writeString(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** A string or null, as {@link #writeString} wrote it. */
  public static String readString(DataInput in) throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    byte[] bytes = new byte[checkedLength(n, "string")];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A string that must not be null. */
  public static String readRequiredString(DataInput in, String what) throws IOException {
    String s = readString(in);
    if (s == null) {
      throw new IOException("corrupt data: " + what + " is missing");
    }
    return s;
  }

  public static void writeStrings(DataOutput out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  public static List<String> readStrings(DataInput in) throws IOException {
    int n = readSize(in, "list");
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in));
    }
    return out;
  }

  /** A count written with {@link DataOutput#writeInt}, checked before anything is allocated for it. */
  public static int readSize(DataInput in, String what) throws IOException {
    return checkedLength(in.readInt(), what);
  }

  private static int checkedLength(int n, String what) throws IOException {
    if (n < 0 || n > MAX_LENGTH) {
      throw new IOException("corrupt data: a " + what + " of length " + n);
    }
    return n;
  }
}
