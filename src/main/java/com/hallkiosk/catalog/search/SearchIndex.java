package com.hallkiosk.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An in-memory index of a region's searchable entries, queried on every keystroke of the guide.
 *
 * <p>Posting lists say where a match can start: per character (for queries that start with one), per
 * pair and per triple of pinyin letters (for queries that start with two or three letters). Only
 * those places are checked by the matcher. A single letter, the first keystroke, is answered from
 * rankings made when the index is built.
 */
public final class SearchIndex {
    static final int[] NO_POSTINGS = new int[0];
    private static final int MAX_QUERY_LENGTH = 40;

    private final List<SearchEntry> entries;
    private final CharUnits units;
    private final QueryMatcher matcher;
    private final IndexedText text;
    private final int[][] unitPostings;
    private final int[][] pairPostings;
    private final TriplePostings triplePostings;
    private final long[][] letterRankings;
    /**
     * Each thread's best-score-per-entry table, reset after every query for just the entries it
     * touched: allocating tables the size of the catalog per keystroke cost more than the search.
     */
    private final ThreadLocal<Scratch> scratch;

    SearchIndex(List<SearchEntry> entries, CharUnits units, QueryMatcher matcher, IndexedText text,
                int[][] unitPostings, int[][] pairPostings, TriplePostings triplePostings, long[][] letterRankings) {
        this.entries = List.copyOf(entries);
        this.units = units;
        this.matcher = matcher;
        this.text = text;
        this.unitPostings = unitPostings;
        this.pairPostings = pairPostings;
        this.triplePostings = triplePostings;
        this.letterRankings = letterRankings;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(entries.size()));
    }

    /**
     * Where queries that start with three letters can match: positions spelled by three-letter
     * readings or across units ({@code triples}), and positions of longer readings ({@code longTriples}),
     * which are also posted under their first four letters ({@code quads}).
     */
    record TriplePostings(int[][] triples, int[][] longTriples, Map<Integer, int[]> quads) {
        int[] longReadingsWithFourthLetter(char[] query) {
            return quads.getOrDefault(PinyinKeys.quad(query[0], query[1], query[2], query[3]), NO_POSTINGS);
        }
    }

    /** Per-thread tables of one query in progress. */
    private static final class Scratch {
        private final long[] best;
        private final int[] touched;

        Scratch(int entries) {
            best = new long[entries];
            touched = new int[entries];
            Arrays.fill(best, Long.MAX_VALUE);
        }
    }

    public static SearchIndex build(List<SearchEntry> entries, PinyinReadings pinyin) {
        return new SearchIndexBuilder(pinyin).build(entries);
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
        long[] ranked = rank(normalised);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.length); i++) {
            hits.add(hit(ranked[i], normalised));
        }
        return new SearchResult(query, hits, ranked.length);
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

    /** Every matching entry's best score, sorted best first. */
    private long[] rank(char[] query) {
        int letters = leadingLetters(query);
        if (letters == 1 && query.length == 1) {
            return letterRankings[query[0] - 'a'];
        }
        Collector collector = new Collector(query, hasLetter(query), scratch.get());
        try {
            switch (letters) {
                case 0 -> collector.rarestCharacter();
                case 1 -> collector.scanFrom(query[0]);
                case 2 -> collector.postings(pairPostings[PinyinKeys.pair(query[0], query[1])], NO_POSTINGS, 0);
                case 3 -> collector.postings(triplePostings.triples()[tripleKey(query)],
                        triplePostings.longTriples()[tripleKey(query)], 0);
                default -> collector.postings(triplePostings.triples()[tripleKey(query)],
                        triplePostings.longReadingsWithFourthLetter(query), 0);
            }
        } finally {
            collector.finish();
        }
        return collector.ranked;
    }

    private static int tripleKey(char[] query) {
        return PinyinKeys.triple(query[0], query[1], query[2]);
    }

    /** How many letters the query starts with, counting up to four (the longest key). */
    private static int leadingLetters(char[] query) {
        int count = 0;
        while (count < Math.min(4, query.length) && CharUnits.isLetter(query[count])) {
            count++;
        }
        return count;
    }

    private static boolean hasLetter(char[] query) {
        for (char c : query) {
            if (CharUnits.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private SearchHit hit(long score, char[] query) {
        int field = Score.field(score);
        int position = Score.position(score);
        int end = matcher.matchEnd(text.units(), text.start(field) + position, query) - text.start(field);
        return new SearchHit(entries.get(text.entry(field)), text.field(field), text.charOffset(field, position),
                text.charOffset(field, end - 1) + 1);
    }

    /** Checks candidate places for one query and keeps each entry's best match. */
    private final class Collector {
        private final char[] query;
        private final boolean pinyinOnly;
        private final long[] best;
        private final int[] touched;
        private int total;
        private long[] ranked;

        Collector(char[] query, boolean pinyinOnly, Scratch scratch) {
            this.query = query;
            this.pinyinOnly = pinyinOnly;
            this.best = scratch.best;
            this.touched = scratch.touched;
        }

        /**
         * Tries each place of two posting lists, merged in text order, each moved back by
         * {@code shift} units.
         */
        void postings(int[] first, int[] second, int shift) {
            int field = 0;
            int matchedField = -1;
            int i = 0;
            int j = 0;
            while (i < first.length || j < second.length) {
                int posting;
                if (j >= second.length || (i < first.length && first[i] < second[j])) {
                    posting = first[i++];
                } else if (i >= first.length || second[j] < first[i]) {
                    posting = second[j++];
                } else {
                    posting = first[i++];
                    j++;
                }
                int start = posting - shift;
                field = text.fieldFrom(field, posting);
                if (field == matchedField || start < text.start(field)) {
                    continue;
                }
                if (tryAt(field, start)) {
                    matchedField = field;
                }
            }
        }

        /** For the rare query of a letter followed by something else: every place with that letter. */
        void scanFrom(char letter) {
            int bit = 1 << (letter - 'a');
            for (int field = 0; field < text.fieldCount(); field++) {
                for (int at = text.start(field); at < text.end(field); at++) {
                    if ((units.firstLetters(text.units()[at]) & bit) != 0 && tryAt(field, at)) {
                        break;
                    }
                }
            }
        }

        /** A query that starts with a character: start from the least common of its leading characters. */
        void rarestCharacter() {
            int chosen = 0;
            int[] chosenPostings = null;
            for (int i = 0; i < query.length && !CharUnits.isLetter(query[i]); i++) {
                int unit = units.find(query[i]);
                if (unit == CharUnits.NONE) {
                    return;
                }
                if (chosenPostings == null || unitPostings[unit].length < chosenPostings.length) {
                    chosen = i;
                    chosenPostings = unitPostings[unit];
                }
            }
            postings(chosenPostings, NO_POSTINGS, chosen);
        }

        private boolean tryAt(int field, int start) {
            SearchField searchField = text.field(field);
            if (pinyinOnly && !searchField.tier().matchesPinyin()) {
                return false;
            }
            int end = matcher.matchEnd(text.units(), start, query);
            if (end < 0) {
                return false;
            }
            int fieldStart = text.start(field);
            int position = start - fieldStart;
            long score = Score.of(searchField.tier(),
                    Score.place(position, end - fieldStart, text.end(field) - fieldStart), field, position);
            int entry = text.entry(field);
            if (best[entry] == Long.MAX_VALUE) {
                touched[total++] = entry;
            }
            best[entry] = Math.min(best[entry], score);
            return true;
        }

        /** Sorts the scores best first into {@link #ranked} and leaves the scratch tables clean. */
        void finish() {
            ranked = new long[total];
            for (int i = 0; i < total; i++) {
                ranked[i] = best[touched[i]];
                best[touched[i]] = Long.MAX_VALUE;
            }
            Arrays.sort(ranked);
        }
    }
}
