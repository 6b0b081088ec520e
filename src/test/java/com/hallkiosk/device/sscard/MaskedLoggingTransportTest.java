package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MaskedLoggingTransportTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(MaskedLoggingTransport.class);
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

    private List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aWholeReadAndAPinCommandLeaveNoPersonalDataAndNoPinInTheLog() {
        ScriptedTransport card = SsseProtocolTest.cleanCard();
        SocialSecurityCard read = new SsseProtocol(ReadRecordAddressing.BY_TAG).read(new MaskedLoggingTransport(card));
        byte[] verify = PinApdus.defaults().verifyCommand("123456".toCharArray());
        ScriptedTransport pinCard = new ScriptedTransport().expect(SsseProtocolTest.SELECT_SSSE, "9000")
                .expect("0020000003123456", "63C5");
        new SsseProtocol(ReadRecordAddressing.BY_TAG).sendPinCommand(new MaskedLoggingTransport(pinCard), verify);

        String log = String.join("\n", lines());
        assertThat(lines()).hasSize(2 * (16 + 2));
        assertThat(log).contains("> 00 A4 04 00 0F 73 78 31 2E 73 68 2E C9 E7 BB E1 B1 A3 D5 CF")
                .contains("> 00 A4 02 00 02 EF 06")
                .contains("> 00 B2 09 00 20")
                .contains("> 00 20 00 00 Lc=3 [data hidden]")
                .contains("< 32 bytes, SW 90 00")
                .contains("< 0 bytes, SW 63 C5");
        assertThat(log.replace(" ", "")).doesNotContain("123456", "D5C5C8FD", "58303030303030313")
                .doesNotContain(read.socialSecurityNumber(), read.name(), read.cardNumber());
    }
}
