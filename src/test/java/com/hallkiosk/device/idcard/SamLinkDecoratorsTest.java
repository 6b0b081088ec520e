package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The decorators around the one-method transport: retries, masked logging, timing. */
class SamLinkDecoratorsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(100);
    private static final byte[] FIND = SamCommand.FIND_CARD.request();
    private static final byte[] NO_CARD = Hex.bytes("AA AA AA 96 69 00 04 00 00 80 84");
    private static final byte[] FIND_OK = Hex.bytes("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");

    @Test
    void garbledAndUnansweredExchangesAreRetriedUpToTheBound() {
        AtomicInteger calls = new AtomicInteger();
        SamLink flaky = (request, timeout) -> switch (calls.incrementAndGet()) {
            case 1 -> throw new DeviceException.Protocol("checksum", "");
            case 2 -> throw new DeviceException.Timeout("no answer", "");
            default -> FIND_OK;
        };
        assertThat(new RetryingSamLink(flaky, 3).transceive(FIND, TIMEOUT)).isEqualTo(FIND_OK);
        assertThat(calls).hasValue(3);

        calls.set(0);
        SamLink broken = (request, timeout) -> {
            calls.incrementAndGet();
            throw new DeviceException.Protocol("checksum " + calls.get(), "");
        };
        assertThatThrownBy(() -> new RetryingSamLink(broken, 3).transceive(FIND, TIMEOUT))
                .isInstanceOf(DeviceException.Protocol.class).hasMessage("checksum 3");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aClearAnswerAndAnUnpluggedModuleAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        SamLink noCard = (request, timeout) -> {
            calls.incrementAndGet();
            return NO_CARD;
        };
        assertThat(new RetryingSamLink(noCard, 3).transceive(FIND, TIMEOUT)).isEqualTo(NO_CARD);
        assertThat(calls).hasValue(1);

        calls.set(0);
        SamLink gone = (request, timeout) -> {
            calls.incrementAndGet();
            throw new DeviceException.Offline("unplugged", "", null);
        };
        assertThatThrownBy(() -> new RetryingSamLink(gone, 3).transceive(FIND, TIMEOUT)).isInstanceOf(DeviceException.Offline.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aModuleThatReceivedAGarbledRequestIsAskedAgain() {
        byte[] checksumError = new SamResponse(0, 0, 0x10, new byte[0]).frame();
        List<byte[]> answers = new ArrayList<>(List.of(checksumError, FIND_OK));
        assertThat(new RetryingSamLink((request, timeout) -> answers.remove(0), 3).transceive(FIND, TIMEOUT)).isEqualTo(FIND_OK);
        assertThat(new RetryingSamLink((request, timeout) -> checksumError, 2).transceive(FIND, TIMEOUT))
                .as("the last attempt's answer goes back as it is").isEqualTo(checksumError);
    }

    @Test
    void theLogShowsCommandsAndStatusesButNeverTheCardsData() {
        IdCard card = ScriptedCards.resident();
        byte[] text = new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER).encode(card);
        byte[] readAnswer = new SamResponse(0, 0, 0x90,
                new ReadAnswer(text, card.photoWlt(), Optional.empty()).data(false)).frame();
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSamLink.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            new LoggingSamLink((request, timeout) -> readAnswer).transceive(SamCommand.READ.request(), TIMEOUT);
            assertThatThrownBy(() -> new LoggingSamLink((request, timeout) -> {
                throw new DeviceException.Timeout("idcard: no answer within 100 ms", "");
            }).transceive(FIND, TIMEOUT)).isInstanceOf(DeviceException.Timeout.class);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).containsExactly("idcard 30 01 -> SW 00 00 90, 1295 bytes",
                "idcard 20 01 -> Timeout: idcard: no answer within 100 ms");
        String utf16Name = new String(card.name().getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
        assertThat(String.join("\n", lines)).doesNotContain(card.name(), card.idNumber(), card.address(), utf16Name);
    }

    @Test
    void eachAnsweredExchangeIsTimedWithItsBytes() {
        List<SamExchange> seen = new ArrayList<>();
        new TimedSamLink((request, timeout) -> FIND_OK, seen::add).transceive(FIND, TIMEOUT);
        assertThat(seen).singleElement().satisfies(exchange -> {
            assertThat(exchange.command()).isEqualTo(0x20);
            assertThat(exchange.parameter()).isEqualTo(0x01);
            assertThat(exchange.bytesOut()).isEqualTo(10);
            assertThat(exchange.bytesIn()).isEqualTo(15);
            assertThat(exchange.elapsed().isNegative()).isFalse();
        });
    }
}
