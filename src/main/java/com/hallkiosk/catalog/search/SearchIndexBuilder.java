package com.hallkiosk.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link SearchIndex}: units, posting lists and the rankings of single letters. */
final class SearchIndexBuilder {
    private final CharUnits units;
    private final PinyinKeys keys;

    SearchIndexBuilder(PinyinReadings pinyin) {
        this.units = new CharUnits(pinyin);
        this.keys = new PinyinKeys(units);
    }

    SearchIndex build(List<SearchEntry> entries) {
        IndexedText text = text(entries);
        IntList[] unitLists = new IntList[units.size()];
        IntList[] pairLists = new IntList[PinyinKeys.PAIRS];
        IntList[] tripleLists = new IntList[PinyinKeys.TRIPLES];
        IntList[] longTripleLists = new IntList[PinyinKeys.TRIPLES];
        Map<Integer, IntList> quadLists = new HashMap<>();
        DistinctKeys distinct = new DistinctKeys();
        DistinctKeys longDistinct = new DistinctKeys();
        for (int field = 0; field < text.fieldCount(); field++) {
            boolean pinyin = text.field(field).tier().matchesPinyin();
            for (int at = text.start(field); at < text.end(field); at++) {
                add(unitLists, text.units()[at], at);
                if (pinyin) {
                    int position = at;
                    distinct.clear();
                    keys.pairs(text.units(), at, key -> {
                        if (distinct.firstTime(key)) {
                            add(pairLists, key, position);
                        }
                    });
                    distinct.clear();
                    longDistinct.clear();
                    keys.triples(text.units(), at, new PinyinKeys.TripleSink() {
                        @Override
                        public void triple(int key) {
                            if (distinct.firstTime(key)) {
                                add(tripleLists, key, position);
                            }
                        }

                        @Override
                        public void longReading(int tripleKey, int quadKey) {
                            if (longDistinct.firstTime(tripleKey)) {
                                add(longTripleLists, tripleKey, position);
                            }
                            if (longDistinct.firstTime(-1 - quadKey)) {
                                quadLists.computeIfAbsent(quadKey, k -> new IntList()).add(position);
                            }
                        }
                    });
                }
            }
        }
        QueryMatcher matcher = new QueryMatcher(units);
        Map<Integer, int[]> quads = new HashMap<>();
        quadLists.forEach((key, list) -> quads.put(key, list.toArray()));
        return new SearchIndex(entries, units, matcher, text, freeze(unitLists), freeze(pairLists),
                new SearchIndex.TriplePostings(freeze(tripleLists), freeze(longTripleLists), Map.copyOf(quads)),
                letterRankings(entries.size(), text, matcher));
    }

    private IndexedText text(List<SearchEntry> entries) {
        IntList all = new IntList();
        IntList starts = new IntList();
        IntList owners = new IntList();
        List<SearchField> fields = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        for (int entry = 0; entry < entries.size(); entry++) {
            for (SearchField field : entries.get(entry).fields()) {
                starts.add(all.size());
                owners.add(entry);
                fields.add(field);
                IntList fieldOffsets = new IntList();
                String chars = field.text();
                for (int i = 0; i < chars.length(); i++) {
                    int unit = units.add(chars.charAt(i));
                    if (unit != CharUnits.NONE) {
                        all.add(unit);
                        fieldOffsets.add(i);
                    }
                }
                all.add(IndexedText.SEPARATOR);
                offsets.add(fieldOffsets.toArray());
            }
        }
        return new IndexedText(all.toArray(), starts.toArray(), owners.toArray(),
                fields.toArray(SearchField[]::new), offsets.toArray(int[][]::new));
    }

    /**
     * For each letter, every entry's best single-letter match, ranked: the first keystroke on the
     * on-screen keyboard is a letter, and it is answered from these without searching.
     */
    private long[][] letterRankings(int entryCount, IndexedText text, QueryMatcher matcher) {
        long[][] rankings = new long[PinyinKeys.LETTERS][];
        long[] best = new long[entryCount];
        for (int letter = 0; letter < PinyinKeys.LETTERS; letter++) {
            Arrays.fill(best, Long.MAX_VALUE);
            char[] query = {(char) ('a' + letter)};
            for (int field = 0; field < text.fieldCount(); field++) {
                if (!text.field(field).tier().matchesPinyin()) {
                    continue;
                }
                for (int at = text.start(field); at < text.end(field); at++) {
                    if ((units.firstLetters(text.units()[at]) & (1 << letter)) != 0) {
                        int end = matcher.matchEnd(text.units(), at, query);
                        int position = at - text.start(field);
                        long score = Score.of(text.field(field).tier(),
                                Score.place(position, end - text.start(field), text.end(field) - text.start(field)),
                                field, position);
                        best[text.entry(field)] = Math.min(best[text.entry(field)], score);
                        break;
                    }
                }
            }
            rankings[letter] = Arrays.stream(best).filter(score -> score != Long.MAX_VALUE).sorted().toArray();
        }
        return rankings;
    }

    private static void add(IntList[] lists, int index, int offset) {
        if (lists[index] == null) {
            lists[index] = new IntList();
        }
        lists[index].add(offset);
    }

    private static int[][] freeze(IntList[] lists) {
        int[][] frozen = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            frozen[i] = lists[i] == null ? SearchIndex.NO_POSTINGS : lists[i].toArray();
        }
        return frozen;
    }

    /** The keys already posted for the current position; a position has a few dozen at most. */
    private static final class DistinctKeys {
        private int[] seen = new int[32];
        private int size;

        void clear() {
            size = 0;
        }

        boolean firstTime(int key) {
            for (int i = 0; i < size; i++) {
                if (seen[i] == key) {
                    return false;
                }
            }
            if (size == seen.length) {
                seen = Arrays.copyOf(seen, size * 2);
            }
            seen[size++] = key;
            return true;
        }
    }
}
