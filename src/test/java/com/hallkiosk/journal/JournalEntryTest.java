package com.hallkiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalEntryTest {
    private final JournalCodec codec = new JournalCodec();

    @Test
    void aPersonIsKeptMaskedWithAKeyThatIsTheSameOnEveryKioskWithTheSameSecret() {
        MaskedPerson person = JournalFixtures.KEYS.mask("210302197905140236", " 张三 ");
        assertThat(person.idNumber()).isEqualTo("210302********0236");
        assertThat(person.name()).isEqualTo("张***");
        assertThat(person.key()).hasSize(32).isEqualTo(JournalFixtures.ZHANG.key());
        PersonKeys otherFleet = new PersonKeys("another-fleet-secret-key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(otherFleet.mask("210302197905140236", "张三").key()).isNotEqualTo(person.key());
        assertThat(JournalFixtures.KEYS.mask("11010519491231002X", "李四").key()).isNotEqualTo(person.key());
    }

    @Test
    void anUnmaskedOrInvalidIdentityNeverGetsIn() {
        assertThatThrownBy(() -> new MaskedPerson("210302197905140236", "张***", "0".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaskedPerson("210302********0236", "张三", "0".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalFixtures.KEYS.mask("210302197905140237", "张三"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("210302********0237");
    }

    @Test
    void aDetailWithANumberThatCouldBePersonalIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("3f2b1c4d-0000-4000-8000-000000000001", "demo-0001", Instant.EPOCH,
                "item-1", "activate", JournalEntry.Outcome.SUCCEEDED, MaskedPerson.NOBODY, "", "mobile 13812345678"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 digits");
        assertThatThrownBy(() -> new JournalEntry("3f2b1c4d-0000-4000-8000-000000000001", "demo-0001", Instant.EPOCH,
                "item-1", "activate", JournalEntry.Outcome.SUCCEEDED, MaskedPerson.NOBODY, "ID-210302197905140236", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
        assertThat(new JournalEntry("3f2b1c4d-0000-4000-8000-000000000001", "demo-0001", Instant.EPOCH, "certificate",
                "personal-contribution", JournalEntry.Outcome.SUCCEEDED, MaskedPerson.NOBODY, "CB-20261122-160005-7K4Q", "")
                .reference()).isEqualTo("CB-20261122-160005-7K4Q");
    }

    @Test
    void anEntryTravelsAsJsonAndComesBackEqual() {
        JournalEntry entry = JournalFixtures.entry("demo-0001", 7);
        String json = codec.entry(entry);
        assertThat(json).contains("\"at\":\"2026-09-21T", "210302********0236").doesNotContain("197905140236");
        assertThat(codec.entry(json)).isEqualTo(entry);
    }

    @Test
    void aTamperedOrBrokenRecordIsMalformedWithTheReason() {
        String json = codec.entry(JournalFixtures.entry("demo-0001", 7));
        assertThatThrownBy(() -> codec.entry(json.replace("210302********0236", "210302197905140236")))
                .isInstanceOf(MalformedJournalException.class).hasMessageContaining("masked identity number");
        assertThatThrownBy(() -> codec.entry("{\"entryId\":")).isInstanceOf(MalformedJournalException.class);
        assertThatThrownBy(() -> codec.batch(codec.batch(UploadBatch.of(JournalFixtures.entries("demo-0001", 0, 3)))
                .replace("\"batchKey\":\"", "\"batchKey\":\"0"))).isInstanceOf(MalformedJournalException.class)
                .hasMessageContaining("batch key");
    }
}
