package com.hallkiosk.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An in-memory index of a region's searchable entries, queried on every keystroke of the guide.
 *
 * <p>Each field is stored as an array of character units. Two posting lists find where a match can
 * start: one per two-letter pinyin key (the first two letters of a reading, or the first letters of
 * two neighbouring readings) for queries that start with two letters, and one per character for
 * queries that start with anything else. Only those positions are then checked by the matcher.
 * Posting lists hold (field, position) pairs, in field order, so the first hit in a field is its best.
 */
public final class SearchIndex {
    private static final int LETTERS = 26;
    private static final int MAX_QUERY_LENGTH = 40;
    private static final int[] NO_POSTINGS = new int[0];

    private final List<SearchEntry> entries;
    private final CharUnits units;
    private final QueryMatcher matcher;
    private final IndexedField[] fields;
    private final int[][] keyPostings;
    private final int[][] unitPostings;

    private record IndexedField(int entry, SearchField field, int[] units, int[] offsets, int firstLetters) {
    }

    private SearchIndex(List<SearchEntry> entries, CharUnits units, IndexedField[] fields,
                        int[][] keyPostings, int[][] unitPostings) {
        this.entries = List.copyOf(entries);
        this.units = units;
        this.matcher = new QueryMatcher(units);
        this.fields = fields;
        this.keyPostings = keyPostings;
        this.unitPostings = unitPostings;
    }

    public static SearchIndex build(List<SearchEntry> entries, PinyinReadings pinyin) {
        CharUnits units = new CharUnits(pinyin);
        List<IndexedField> fields = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (SearchField field : entries.get(e).fields()) {
                fields.add(indexField(e, field, units));
            }
        }
        IntList[] keys = new IntList[LETTERS * LETTERS];
        IntList[] unitLists = new IntList[units.size()];
        for (int f = 0; f < fields.size(); f++) {
            post(f, fields.get(f).units(), units, keys, unitLists);
        }
        return new SearchIndex(entries, units, fields.toArray(IndexedField[]::new), freeze(keys), freeze(unitLists));
    }

    private static IndexedField indexField(int entry, SearchField field, CharUnits units) {
        String text = field.text();
        int[] fieldUnits = new int[text.length()];
        int[] offsets = new int[text.length()];
        int length = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            int unit = units.add(text.charAt(i));
            if (unit != CharUnits.NONE) {
                fieldUnits[length] = unit;
                offsets[length++] = i;
                letters |= units.firstLetters(unit);
            }
        }
        return new IndexedField(entry, field, Arrays.copyOf(fieldUnits, length), Arrays.copyOf(offsets, length),
                letters);
    }

    private static void post(int field, int[] fieldUnits, CharUnits units, IntList[] keys, IntList[] unitLists) {
        int[] seen = new int[64];
        for (int at = 0; at < fieldUnits.length; at++) {
            int unit = fieldUnits[at];
            add(unitLists, unit, field, at);
            int distinct = 0;
            char[][] next = at + 1 < fieldUnits.length ? units.readings(fieldUnits[at + 1]) : new char[0][];
            for (char[] reading : units.readings(unit)) {
                if (reading.length >= 2) {
                    distinct = addKey(keys, key(reading[0], reading[1]), field, at, seen, distinct);
                }
                for (char[] following : next) {
                    distinct = addKey(keys, key(reading[0], following[0]), field, at, seen, distinct);
                }
            }
        }
    }

    private static int addKey(IntList[] keys, int key, int field, int at, int[] seen, int distinct) {
        for (int i = 0; i < distinct; i++) {
            if (seen[i] == key) {
                return distinct;
            }
        }
        if (distinct < seen.length) {
            seen[distinct] = key;
        }
        add(keys, key, field, at);
        return distinct + 1;
    }

    private static void add(IntList[] lists, int index, int field, int at) {
        if (lists[index] == null) {
            lists[index] = new IntList();
        }
        lists[index].add(field);
        lists[index].add(at);
    }

    private static int[][] freeze(IntList[] lists) {
        int[][] frozen = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            frozen[i] = lists[i] == null ? NO_POSTINGS : lists[i].toArray();
        }
        return frozen;
    }

    private static int key(char first, char second) {
        return (first - 'a') * LETTERS + (second - 'a');
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code limit} entries for {@code query}; whitespace and apostrophes in it are ignored. */
    public SearchResult search(String query, int limit) {
        char[] normalised = normalise(query);
        if (normalised.length == 0) {
            return SearchResult.empty(query);
        }
        long[] best = new long[entries.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        int[] touched = new int[entries.size()];
        int total = collect(normalised, best, touched);
        long[] ranked = new long[total];
        for (int i = 0; i < total; i++) {
            ranked[i] = best[touched[i]];
        }
        Arrays.sort(ranked);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, total); i++) {
            hits.add(hit(Score.field(ranked[i]), Score.position(ranked[i]), normalised));
        }
        return new SearchResult(query, hits, total);
    }

    private static char[] normalise(String query) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < query.length() && folded.length() < MAX_QUERY_LENGTH; i++) {
            char c = query.charAt(i);
            if (!Character.isWhitespace(c) && c != '\'' && c != '’') {
                folded.append(CharUnits.form(c));
            }
        }
        return folded.toString().toCharArray();
    }

    /** Fills {@code best} with each matching entry's best score; returns how many entries matched. */
    private int collect(char[] query, long[] best, int[] touched) {
        boolean twoLetters = query.length >= 2 && CharUnits.isLetter(query[0]) && CharUnits.isLetter(query[1]);
        if (twoLetters) {
            return collectPostings(keyPostings[key(query[0], query[1])], query, best, touched);
        }
        if (!CharUnits.isLetter(query[0])) {
            int unit = units.find(query[0]);
            return unit == CharUnits.NONE ? 0 : collectPostings(unitPostings[unit], query, best, touched);
        }
        return collectByFirstLetter(query, best, touched);
    }

    private int collectPostings(int[] postings, char[] query, long[] best, int[] touched) {
        int total = 0;
        int matchedField = -1;
        for (int i = 0; i < postings.length; i += 2) {
            int field = postings[i];
            if (field == matchedField) {
                continue;
            }
            int end = matcher.matchEnd(fields[field].units(), postings[i + 1], query);
            if (end >= 0) {
                matchedField = field;
                total = record(field, postings[i + 1], end, best, touched, total);
            }
        }
        return total;
    }

    private int collectByFirstLetter(char[] query, long[] best, int[] touched) {
        int letter = 1 << (query[0] - 'a');
        int total = 0;
        for (int f = 0; f < fields.length; f++) {
            IndexedField field = fields[f];
            if ((field.firstLetters() & letter) == 0) {
                continue;
            }
            for (int at = 0; at < field.units().length; at++) {
                int end = (units.firstLetters(field.units()[at]) & letter) == 0
                        ? -1 : matcher.matchEnd(field.units(), at, query);
                if (end >= 0) {
                    total = record(f, at, end, best, touched, total);
                    break;
                }
            }
        }
        return total;
    }

    private int record(int field, int at, int end, long[] best, int[] touched, int total) {
        IndexedField indexed = fields[field];
        int place = at > 0 ? 2 : end < indexed.units().length ? 1 : 0;
        long score = Score.of(indexed.field().tier(), place, field, at);
        int entry = indexed.entry();
        if (best[entry] == Long.MAX_VALUE) {
            touched[total++] = entry;
        }
        best[entry] = Math.min(best[entry], score);
        return total;
    }

    private SearchHit hit(int field, int at, char[] query) {
        IndexedField indexed = fields[field];
        int end = matcher.matchEnd(indexed.units(), at, query);
        int startOffset = indexed.offsets()[at];
        int endOffset = indexed.offsets()[end - 1] + 1;
        return new SearchHit(entries.get(indexed.entry()), indexed.field(), startOffset, endOffset);
    }

    /**
     * A match's rank packed into a non-negative long, smaller is better: field tier, then matches of
     * the whole text, then matches at its start, then earlier positions, then catalog order (fields are
     * numbered in entry order).
     */
    private static final class Score {
        private static final int POSITION_BITS = 20;
        private static final int MAX_POSITION = (1 << POSITION_BITS) - 1;

        private Score() {
        }

        static long of(SearchField.FieldTier tier, int place, int field, int at) {
            return ((long) tier.ordinal() << 60)
                    | ((long) place << 58)
                    | ((long) Math.min(at, MAX_POSITION) << 32)
                    | field;
        }

        static int field(long score) {
            return (int) score;
        }

        static int position(long score) {
            return (int) ((score >>> 32) & MAX_POSITION);
        }
    }
}
