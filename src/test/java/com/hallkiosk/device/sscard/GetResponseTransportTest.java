package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GetResponseTransportTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static String send(CardTransport transport, String command) {
        return HEX.formatHex(transport.transmit(HEX.parseHex(ScriptedTransport.compact(command))));
    }

    @Test
    void sixtyOneChainsGetResponseWithTheSameClaAndJoinsTheData() {
        ScriptedTransport card = new ScriptedTransport()
                .expect("80CA9F7F00", "0102 6103")
                .expect("80C0000003", "030405 9000");
        assertThat(send(new GetResponseTransport(card), "80CA9F7F00")).isEqualTo("01020304059000");
        card.assertAllExchanged();
    }

    @Test
    void sixCSendsTheSameCommandAgainWithTheLeTheCardAsked() {
        ScriptedTransport card = new ScriptedTransport()
                .expect("00B2070000", "6C0B")
                .expect("00B207000B", "0709583030303030303139 9000")
                .expect("00B20700", "6C0B")
                .expect("00B207000B", "0709583030303030303139 9000");
        GetResponseTransport transport = new GetResponseTransport(card);
        assertThat(send(transport, "00B2070000")).isEqualTo("07095830303030303031399000");
        assertThat(send(transport, "00B20700")).as("Le added to a command that had none")
                .isEqualTo("07095830303030303031399000");
        card.assertAllExchanged();
    }

    @Test
    void sixCZeroMeansTwoHundredFiftySixAndACommandWithDataKeepsItsData() {
        ScriptedTransport card = new ScriptedTransport()
                .expect("00A404000F7378312E73682EC9E7BBE1B1A3D5CF", "6C00")
                .expect("00A404000F7378312E73682EC9E7BBE1B1A3D5CF00", "9000");
        assertThat(send(new GetResponseTransport(card), "00A404000F7378312E73682EC9E7BBE1B1A3D5CF")).isEqualTo("9000");
        card.assertAllExchanged();
    }

    @Test
    void whenTheProviderAlreadyDidItTheResponsePassesUntouchedWithNoExtraApdu() {
        ScriptedTransport card = new ScriptedTransport().expect("00B207000B", "0709583030303030303139 9000");
        MeteredTransport meter = new MeteredTransport(card);
        assertThat(send(new GetResponseTransport(meter), "00B207000B")).isEqualTo("07095830303030303031399000");
        assertThat(meter.apduCount()).isEqualTo(1);
        ScriptedTransport refusing = new ScriptedTransport().expect("00B2070000", "6A83");
        assertThat(send(new GetResponseTransport(refusing), "00B2070000")).isEqualTo("6A83");
    }

    @Test
    void aCardThatNeverStopsAskingIsGivenUpOnAfterABoundedNumberOfRounds() {
        MeteredTransport endless = new MeteredTransport(command -> new byte[] {0x61, 0x01});
        assertThatThrownBy(() -> new GetResponseTransport(endless).transmit(HEX.parseHex("00B2070000")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("256 times");
        assertThat(endless.apduCount()).isEqualTo(GetResponseTransport.MAX_ROUNDS);
    }

    @Test
    void aResponseShorterThanAStatusWordIsAProtocolError() {
        assertThatThrownBy(() -> new GetResponseTransport(command -> new byte[] {(byte) 0x90}).transmit(new byte[4]))
                .isInstanceOf(DeviceException.Protocol.class);
    }
}
