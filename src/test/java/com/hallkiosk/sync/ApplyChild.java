package com.hallkiosk.sync;

import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.sync.kiosk.CatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SignedPayload;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link CatalogApplyKillTest}: verifies and applies a payload to a kiosk catalog,
 * saying "applying" just before, so the parent can kill it in the middle.
 * Arguments: database, payload file, signature file (base64), public key file.
 */
public final class ApplyChild {
    private ApplyChild() {
    }

    public static void main(String[] args) throws Exception {
        SignedPayload payload = SignedPayload.received(Files.readAllBytes(Path.of(args[1])),
                Files.readString(Path.of(args[2]), StandardCharsets.US_ASCII));
        PayloadVerifier verifier = new PayloadVerifier(SigningKeyFiles.readPublic(Path.of(args[3])));
        CatalogSource none = (region, version) -> new CatalogSource.Fetched.Failed("not used");
        try (CatalogStore store = CatalogStore.open(Path.of(args[0]), Clock.systemUTC())) {
            KioskCatalogSync sync = new KioskCatalogSync("fushun", store, none, verifier, new PayloadCodec());
            System.out.println("applying");
            System.out.flush();
            long start = System.nanoTime();
            Object outcome = sync.apply(payload);
            System.out.println("applied in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + outcome);
        }
    }
}
