package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sync and journal benchmarks, run tiny: they run the real path end to end and report every figure. */
class BenchSyncCommandsTest {

    @Test
    void syncApplyReportsTheOneChangeBesideTheSnapshot() {
        CommandRun run = CommandRun.of("bench", "sync-apply", "--items", "200", "--runs", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Machine: ")
                .containsPattern("\\| one changed item \\| 1 \\| \\d+ \\| [0-9.]+ ms \\| [0-9.]+ ms \\|")
                // 200 items plus the region, its offices and categories, and the abbreviations.
                .containsPattern("\\| full snapshot \\| 2\\d\\d \\| \\d+ \\| [0-9.]+ ms \\| [0-9.]+ ms \\|")
                .contains("Central publish of the one change");
        assertThat(run.out().lines().filter(line -> line.matches("- [0-9.]+ / [0-9.]+"))).hasSize(2);
    }

    @Test
    void journalUploadEmptiesTheOutboxIntoTheCentral() {
        CommandRun run = CommandRun.of("bench", "journal-upload", "--entries", "150");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\| SQLite \\| 150 \\| 100 \\| 2 \\| [0-9.]+ s \\| \\d+ \\| \\d+ \\| \\d+ \\|"
                        + " [0-9.]+ s \\| 150 \\|")
                .contains("PostgreSQL: skipped");
    }

    /** Needs wrk and nginx (scripts/test installs them). */
    @Test
    void syncPollsMeasuresThroughNginxAndTheStaticBaseline() {
        CommandRun run = CommandRun.of("bench", "sync-polls", "--seconds", "1", "--warm-up", "0", "--threads", "1",
                "--connections", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\| wrk → nginx → central \\| \\d+ \\| \\d+ \\| [0-9.]+ ms \\| [0-9.]+ ms"
                        + " \\| [0-9.]+ ms \\| 0 \\|")
                .containsPattern("\\| wrk → nginx static 304 \\| \\d+ \\| \\d+ \\|")
                .contains("HTTP/1.1 304 Not Modified", "ETag: \"haicheng@");
        Matcher bytes = Pattern.compile("leaves the central \\(inside TLS\\): (\\d+) bytes").matcher(run.out());
        assertThat(bytes.find()).isTrue();
        int headLength = run.out().substring(run.out().indexOf("```\n") + 4, run.out().lastIndexOf("```")).length();
        // The printed response has bare newlines where the wire has CRLF: one byte less per line.
        assertThat(Integer.parseInt(bytes.group(1))).isGreaterThan(headLength);
    }
}
