package org.specloop.ingest.parse;

import java.nio.charset.StandardCharsets;

/**
 * The run and point ids of rig samples as shared Strings: a rig repeats the same few ids in every
 * sample, so a small direct-mapped table returns the String made the last time instead of a new
 * one. A slot holds one id; two ids hashing to the same slot just take turns, which costs a
 * String, never a wrong answer. Safe to share between threads without a lock: a slot is read
 * once into a local, and Strings and slot entries are immutable (final fields), so a racing reader
 * sees an old id, a new one or none, and compares characters before it trusts any of them.
 */
final class Ids {

    private static final int SLOTS = 1024;

    private final String[] slots = new String[SLOTS];
    private final AsciiId[] asciiSlots = new AsciiId[SLOTS];

    String of(char[] chars, int from, int length) {
        int hash = 0;
        for (int k = from; k < from + length; k++) {
            hash = 31 * hash + chars[k];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && same(known, chars, from, length)) {
            return known;
        }
        String id = new String(chars, from, length);
        slots[slot] = id;
        return id;
    }

    /**
     * The same for ASCII bytes (the caller has checked that they are), hashed and compared a word at a
     * time; these slots keep each id's bytes beside it.
     */
    String ofAscii(byte[] bytes, int from, int length) {
        int slot = AsciiWords.hash(bytes, from, length) & (SLOTS - 1);
        AsciiId known = asciiSlots[slot];
        if (known != null && known.bytes.length == length && AsciiWords.equal(known.bytes, 0, bytes, from, length)) {
            return known.id;
        }
        String id = new String(bytes, from, length, StandardCharsets.US_ASCII);
        asciiSlots[slot] = new AsciiId(id, id.getBytes(StandardCharsets.US_ASCII));
        return id;
    }

    private record AsciiId(String id, byte[] bytes) {
    }

    private static boolean same(String s, char[] chars, int from, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }
}
