package com.hallkiosk.journal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The central's journal as a process of its own, for the crash tests: it reads batches as JSON lines
 * on standard input, stores each, and answers its receipt as a JSON line. Killed, it takes nothing
 * with it but the transaction under way, which SQLite rolls back.
 */
public final class CentralJournalProcess {
    private CentralJournalProcess() {
    }

    public static void main(String[] args) throws Exception {
        CentralJournal central = new CentralJournal(JournalFixtures.centralDatabase(Path.of(args[0])), Clock.systemUTC());
        JournalCodec codec = new JournalCodec();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            UploadBatch batch = codec.batch(line);
            out.println(codec.receipt(central.receive(batch.kioskId(), batch)));
        }
    }
}
