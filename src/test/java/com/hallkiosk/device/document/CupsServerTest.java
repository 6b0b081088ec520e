package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cupsd the kiosk asks is the one libcups (and so javax.print) sends jobs to. */
class CupsServerTest {
    @Test
    void withoutTheVariablesItIsLocalhost631AndADomainSocketCountsAsLocalhost() {
        assertThat(CupsServer.fromEnvironment(Map.of())).isEqualTo(new CupsServer("localhost", 631));
        assertThat(CupsServer.fromEnvironment(Map.of("CUPS_SERVER", "/run/cups/cups.sock")))
                .isEqualTo(new CupsServer("localhost", 631));
        assertThat(CupsServer.fromEnvironment(Map.of("CUPS_SERVER", "/run/cups/cups.sock", "IPP_PORT", "8631")))
                .isEqualTo(new CupsServer("localhost", 8631));
    }

    @Test
    void aServerMayNameItsPort() {
        assertThat(CupsServer.fromEnvironment(Map.of("CUPS_SERVER", "printhost:8631")))
                .isEqualTo(new CupsServer("printhost", 8631));
        assertThat(CupsServer.fromEnvironment(Map.of("CUPS_SERVER", "printhost", "IPP_PORT", "bad")))
                .isEqualTo(new CupsServer("printhost", 631));
        assertThat(new CupsServer("printhost", 631).http("/printers/hp").toString()).isEqualTo("http://printhost:631/printers/hp");
        assertThat(new CupsServer("printhost", 631).ipp("/jobs/3")).isEqualTo("ipp://printhost:631/jobs/3");
    }
}
