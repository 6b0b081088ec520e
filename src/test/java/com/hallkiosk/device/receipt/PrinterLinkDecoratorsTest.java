package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hallkiosk.device.DeviceException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The link's decorators: the log says what went by but never the receipt's text; the meter counts bytes. */
class PrinterLinkDecoratorsTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingPrinterLink.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
        logger.setAdditive(true);
    }

    @Test
    void theLogNamesEachExchangeAndNeverCarriesPrintData() {
        byte[] job = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(
                new Receipt(List.of(Receipt.text("姓名 张三 公民身份号码 210302199001011234")))).bytes();
        List<Integer> exchanges = new ArrayList<>();
        PrinterLink printer = (bytes, answerLength, timeout) -> {
            exchanges.add(bytes.length);
            return answerLength == 1 ? new byte[] {0x12} : new byte[answerLength];
        };
        PrinterLink logged = new LoggingPrinterLink(new MeteredPrinterLink(printer,
                exchange -> exchanges.add(-exchange.bytesOut() - exchange.bytesIn())));
        logged.exchange(PrinterStatus.query(), 1, Duration.ofSeconds(1));
        logged.exchange(job, 0, Duration.ofSeconds(1));
        logged.exchange(new byte[0], 1, Duration.ofSeconds(1));

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).containsExactly("receipt DLE EOT 1-4 -> 12", "receipt " + job.length + " bytes of print data -> no answer asked",
                "receipt wait -> 12");
        String log = String.join("\n", lines);
        String hex = java.util.HexFormat.of().withUpperCase().formatHex("张三".getBytes(Charset.forName("GB18030")));
        assertThat(log).doesNotContain("张三", "210302199001011234", hex);
        assertThat(exchanges).as("the meter saw each exchange's bytes, both ways").containsExactly(12, -13, job.length,
                -job.length, 0, -1);
    }

    @Test
    void aFailureIsLoggedAndPassedOn() {
        PrinterLink gone = (bytes, answerLength, timeout) -> {
            throw new DeviceException.Offline("receipt: port gone", "check the cable", null);
        };
        assertThatThrownBy(() -> new LoggingPrinterLink(gone).exchange(PrinterStatus.query(), 1, Duration.ofSeconds(1)))
                .isInstanceOf(DeviceException.Offline.class);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("receipt DLE EOT 1-4 -> Offline: receipt: port gone");
    }

    @Test
    void aPortThatIsNotThereIsOffline() {
        assertThatThrownBy(() -> SerialPrinterLink.open("/dev/hall-kiosk-no-such-port", 115200, PrinterModel.FlowControl.NONE))
                .isInstanceOf(DeviceException.Offline.class).hasMessageContaining("/dev/hall-kiosk-no-such-port");
    }
}
