package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A job's name is seen by CUPS's history, its logs and cups-pdf's file names: it never names a person. */
class PrintablePdfTest {
    @Test
    void aKindOfDocumentIsAJobName() {
        assertThat(PrintablePdf.of(new byte[] {1}, "pension-certificate").jobName()).isEqualTo("pension-certificate");
        assertThat(PrintablePdf.of(new byte[] {1}, "cert.2026_v2").jobName()).isEqualTo("cert.2026_v2");
    }

    @Test
    void namesAndNumbersOfPeopleAreRefused() {
        for (String personal : new String[] {"张三-证明", "certificate-110101199003077777", "card-12345", "Zhang San",
                "", "x".repeat(41)}) {
            assertThatThrownBy(() -> PrintablePdf.of(new byte[] {1}, personal)).as(personal)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never a person's name or number");
        }
    }

    @Test
    void theBytesAreACopy() {
        byte[] pdf = {1, 2, 3};
        PrintablePdf printable = PrintablePdf.of(pdf, "form");
        pdf[0] = 0;
        assertThat(printable.bytes()).containsExactly(1, 2, 3);
    }
}
