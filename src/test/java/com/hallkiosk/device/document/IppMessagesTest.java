package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IPP requests as RFC 8010 lays them out, and responses as cupsd sends them. */
class IppMessagesTest {
    @Test
    void aRequestIsVersionOperationIdThenTheOperationAttributesCharsetFirst() {
        byte[] request = new IppRequest(IppRequest.GET_JOB_ATTRIBUTES, 7)
                .uri("job-uri", "ipp://localhost:631/jobs/12")
                .integer("job-id", 12)
                .bool("purge-job", true)
                .keywords("requested-attributes", List.of("job-state", "job-name"))
                .toBytes();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(HexFormat.of().parseHex("0101" + "0009" + "00000007" + "01"));
        attribute(expected, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x48, "attributes-natural-language", "en".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x45, "job-uri", "ipp://localhost:631/jobs/12".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x21, "job-id", new byte[] {0, 0, 0, 12});
        attribute(expected, 0x22, "purge-job", new byte[] {1});
        attribute(expected, 0x44, "requested-attributes", "job-state".getBytes(StandardCharsets.US_ASCII));
        attribute(expected, 0x44, "", "job-name".getBytes(StandardCharsets.US_ASCII));
        expected.write(0x03);
        assertThat(HexFormat.of().formatHex(request)).isEqualTo(HexFormat.of().formatHex(expected.toByteArray()));
    }

    @Test
    void aResponseKeepsEachJobGroupAndDecodesTheTypesWeRead() {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(HexFormat.of().parseHex("0101" + "0000" + "00000001" + "01"));
        attribute(response, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        response.write(0x02);
        attribute(response, 0x21, "job-id", new byte[] {0, 0, 0, 41});
        attribute(response, 0x23, "job-state", new byte[] {0, 0, 0, 9});
        attribute(response, 0x44, "job-state-reasons", "job-completed-successfully".getBytes(StandardCharsets.US_ASCII));
        attribute(response, 0x44, "", "processing-to-stop-point".getBytes(StandardCharsets.US_ASCII));
        // textWithLanguage: language, then the text, each with its length.
        attribute(response, 0x35, "job-printer-state-message", HexFormat.of().parseHex("0002656e" + "0005"
                + HexFormat.of().formatHex("Ready".getBytes(StandardCharsets.US_ASCII))));
        attribute(response, 0x31, "time-at-completed", new byte[11]);
        response.write(0x02);
        attribute(response, 0x21, "job-id", new byte[] {0, 0, 0, 42});
        attribute(response, 0x13, "job-name", new byte[0]);
        response.write(0x04);
        attribute(response, 0x22, "printer-is-accepting-jobs", new byte[] {0});
        attribute(response, 0x42, "printer-name", "打印机".getBytes(StandardCharsets.UTF_8));
        response.write(0x03);

        IppResponse parsed = IppResponse.parse(response.toByteArray());
        assertThat(parsed.successful()).isTrue();
        List<IppResponse.Group> jobs = parsed.groups(IppResponse.JOB_GROUP);
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).integer("job-id", 0)).isEqualTo(41);
        assertThat(jobs.get(0).integer("job-state", 0)).isEqualTo(9);
        assertThat(jobs.get(0).texts("job-state-reasons")).containsExactly("job-completed-successfully",
                "processing-to-stop-point");
        assertThat(jobs.get(0).text("job-printer-state-message")).isEqualTo("Ready");
        assertThat(jobs.get(1).integer("job-id", 0)).isEqualTo(42);
        assertThat(jobs.get(1).text("job-name")).as("no-value").isEmpty();
        IppResponse.Group printer = parsed.groups(IppResponse.PRINTER_GROUP).get(0);
        assertThat(printer.bool("printer-is-accepting-jobs", true)).isFalse();
        assertThat(printer.text("printer-name")).isEqualTo("打印机");
        assertThat(printer.integer("printer-state", -1)).as("absent").isEqualTo(-1);
    }

    @Test
    void aNotFoundStatusIsAnAnswerAndATruncatedResponseIsNot() {
        IppResponse notFound = IppResponse.parse(HexFormat.of().parseHex("0101" + "0406" + "00000001" + "03"));
        assertThat(notFound.successful()).isFalse();
        assertThat(notFound.status()).isEqualTo(IppResponse.CLIENT_ERROR_NOT_FOUND);
        assertThat(notFound.groups()).isEmpty();

        assertThatThrownBy(() -> IppResponse.parse(HexFormat.of().parseHex("0101" + "0000" + "00000001" + "01" + "47000c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> IppResponse.parse(HexFormat.of().parseHex("0101" + "0000" + "00000001" + "21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside a group");
    }

    @Test
    void aJobsExplanationLeavesOutNoneAndAddsThePrintersMessage() {
        assertThat(new JobStatus(3, JobStatus.State.ABORTED, List.of("aborted-by-system"), "Printer not connected")
                .explanation()).isEqualTo("aborted-by-system; Printer not connected");
        assertThat(new JobStatus(3, JobStatus.State.PENDING, List.of("none"), "").explanation()).isEmpty();
        assertThat(JobStatus.State.of(8)).isEqualTo(JobStatus.State.ABORTED);
        assertThat(JobStatus.State.of(8).finished()).isTrue();
        assertThat(JobStatus.State.of(5).finished()).isFalse();
    }

    private static void attribute(ByteArrayOutputStream out, int tag, String name, byte[] value) {
        byte[] encodedName = name.getBytes(StandardCharsets.US_ASCII);
        out.write(tag);
        out.write(encodedName.length >> 8);
        out.write(encodedName.length);
        out.writeBytes(encodedName);
        out.write(value.length >> 8);
        out.write(value.length);
        out.writeBytes(value);
    }
}
