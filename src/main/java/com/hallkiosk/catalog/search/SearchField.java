package com.hallkiosk.catalog.search;

/** A piece of text of a searchable entry and how much a match in it counts. */
public record SearchField(FieldTier tier, String text) {
    /**
     * Where a match is, best first. Names, materials and related names (category, package sub-items)
     * match pinyin too; running text (conditions, a package's scope) matches only as written, because
     * pinyin matched inside paragraphs finds mostly accidents (guashi in 包括失业).
     */
    public enum FieldTier {
        NAME(true), MATERIAL(true), RELATED(true), TEXT(false);

        private final boolean pinyin;

        FieldTier(boolean pinyin) {
            this.pinyin = pinyin;
        }

        public boolean matchesPinyin() {
            return pinyin;
        }
    }
}
