package com.hallkiosk.journal;

import com.hallkiosk.central.client.CentralHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Uploads journal batches to the central's {@code POST /v1/journal}. */
public final class HttpJournalChannel implements JournalChannel {
    private final CentralHttp central;
    private final JournalCodec codec = new JournalCodec();

    public HttpJournalChannel(CentralHttp central) {
        this.central = central;
    }

    @Override
    public UploadReceipt upload(UploadBatch batch) throws JournalUploadException {
        try {
            CentralHttp.Answer answer = central.post("/v1/journal", "application/json",
                    codec.batch(batch).getBytes(StandardCharsets.UTF_8));
            if (answer.status() != 200) {
                throw new JournalUploadException("the central answered " + answer.status() + ": "
                        + new String(answer.body(), StandardCharsets.UTF_8), null);
            }
            return codec.receipt(new String(answer.body(), StandardCharsets.UTF_8));
        } catch (IOException | MalformedJournalException e) {
            throw new JournalUploadException("no receipt from " + central.base() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalUploadException("interrupted while uploading the journal", e);
        }
    }
}
