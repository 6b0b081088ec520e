package com.hallkiosk.device.sscard.emulator;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a virtual card into pcscd's "Virtual PCD" reader (vsmartcard-vpcd): vpcd listens on
 * localhost:35963 (reader "Virtual PCD 00 00"; 35964 for "… 00 01"), and connecting to it is inserting
 * the card, closing the connection pulling it out. The wire protocol is vpcd's: every message is a
 * 2-byte big-endian length and that many bytes; a 1-byte message is a control (0 power off, 1 power on,
 * 2 reset, 4 send the ATR), anything longer a command APDU, answered with the response APDU. pcscd
 * asks for the ATR about every 0.45 s to see whether the card is still there.
 */
public final class VpcdCardClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VpcdCardClient.class);
    public static final int FIRST_READER_PORT = 35963;
    /** The name pcscd gives the reader on {@link #FIRST_READER_PORT} (FRIENDLYNAME "Virtual PCD" + " 00 00"). */
    public static final String FIRST_READER_NAME = "Virtual PCD 00 00";
    private static final int POWER_OFF = 0;
    private static final int POWER_ON = 1;
    private static final int RESET = 2;
    private static final int GET_ATR = 4;
    /** How long a read waits before checking whether the client was closed; vpcd polls far more often. */
    private static final int READ_TIMEOUT_MILLIS = 2000;
    private static final int RETRY_MILLIS = 100;

    private final Socket socket;
    private final VirtualSocialSecurityCard card;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int apdusUntilRemoval;
    private volatile long answerDelayMillis;
    private boolean quickAck = true;

    private VpcdCardClient(Socket socket, VirtualSocialSecurityCard card) {
        this.socket = socket;
        this.card = card;
        this.thread = new Thread(this::serve, "vpcd-card-" + socket.getPort());
        this.thread.setDaemon(true);
    }

    /**
     * Connects {@code card} to vpcd, retrying while nothing listens yet (vpcd opens its port only once
     * pcscd has loaded it) until {@code timeout} has passed.
     */
    public static VpcdCardClient insert(VirtualSocialSecurityCard card, String host, int port, Duration timeout)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.setTcpNoDelay(true);
                VpcdCardClient client = new VpcdCardClient(socket, card);
                client.thread.start();
                return client;
            } catch (ConnectException e) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw new ConnectException("nothing listens on " + host + ":" + port + " (is pcscd with"
                            + " vsmartcard-vpcd running?)");
                }
                sleep(RETRY_MILLIS);
            }
        }
    }

    /** Makes the card slow: each answer to an APDU leaves {@code delay} after the APDU came (a slow card, a long cable). */
    public void answerAfter(Duration delay) {
        answerDelayMillis = delay.toMillis();
    }

    /** Pulls the card out (closes the connection) right after it has answered {@code apdus} more APDUs. */
    public void removeCardAfter(int apdus) {
        apdusUntilRemoval = apdus;
    }

    private void serve() {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (running) {
                acknowledgeAtOnce();
                byte[] message = readMessage(in);
                if (message == null) {
                    continue;
                }
                if (message.length == 1) {
                    control(message[0], out);
                } else {
                    byte[] answer = card.process(message);
                    sleep(answerDelayMillis);
                    send(out, answer);
                    if (apdusUntilRemoval > 0 && --apdusUntilRemoval == 0) {
                        return;
                    }
                }
            }
        } catch (EOFException e) {
            LOG.debug("vpcd closed the connection (pcscd stopped?)");
        } catch (IOException e) {
            if (running) {
                LOG.debug("vpcd connection failed: {}", e.toString());
            }
        } finally {
            running = false;
        }
    }

    /**
     * vpcd sends a message's length and its bytes in two writes without TCP_NODELAY, so Nagle holds the
     * bytes until the length is acknowledged, and Linux delays that acknowledgement by up to 40 ms: every
     * APDU would wait ~40 ms for nothing a real reader does. Quick acknowledgements avoid that; Linux
     * clears the flag as it goes, so it is set again before each message.
     */
    private void acknowledgeAtOnce() {
        if (quickAck) {
            try {
                socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            } catch (IOException | UnsupportedOperationException e) {
                quickAck = false;
            }
        }
    }

    /** The next message, or null when none came within the read timeout. */
    private static byte[] readMessage(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readUnsignedShort();
        } catch (SocketTimeoutException e) {
            return null;
        }
        byte[] message = new byte[length];
        in.readFully(message);
        return message;
    }

    private void control(byte code, DataOutputStream out) throws IOException {
        switch (code) {
            case POWER_OFF, POWER_ON, RESET -> card.powerCycle();
            case GET_ATR -> send(out, card.atr());
            default -> LOG.debug("vpcd sent unknown control {}", code);
        }
    }

    private static void send(DataOutputStream out, byte[] message) throws IOException {
        out.writeShort(message.length);
        out.write(message);
        out.flush();
    }

    /** Pulls the card out. */
    @Override
    public void close() {
        running = false;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the vpcd connection: {}", e.toString());
        }
        try {
            thread.join(READ_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for vpcd", e);
        }
    }
}
