package com.hallkiosk.journal;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /v1/journal}: a kiosk's batch of journal entries, answered with the receipt that lets the
 * kiosk forget them. A batch that is not well-formed, or not the calling kiosk's, is refused with 400 and
 * the reason; the kiosk keeps it.
 */
public final class JournalRoutes implements RouteSet {
    private final CentralJournal journal;
    private final JournalCodec codec = new JournalCodec();

    public JournalRoutes(CentralJournal journal) {
        this.journal = journal;
    }

    @Override
    public void addTo(Routes routes) {
        routes.post("/v1/journal", Access.KIOSK, this::receive);
    }

    private ApiResponse receive(ApiRequest request) throws Exception {
        String kioskId = request.requireKioskId();
        UploadBatch batch;
        try {
            batch = codec.batch(new String(request.body(), StandardCharsets.UTF_8));
        } catch (MalformedJournalException e) {
            return refused(e.getMessage());
        }
        if (!batch.kioskId().equals(kioskId)) {
            return refused("kiosk " + kioskId + " cannot send the journal of kiosk " + batch.kioskId());
        }
        return ApiResponse.json(200, codec.receipt(journal.receive(kioskId, batch)).getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse refused(String why) {
        return ApiResponse.error(400, why);
    }
}
