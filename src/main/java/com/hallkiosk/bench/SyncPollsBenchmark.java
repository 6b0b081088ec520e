package com.hallkiosk.bench;

import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Polls with no change against a running central: wrk → nginx (TLS with the kiosk's certificate, kept-alive
 * upstream connections) → the central, every poll asking for the region at the version it already has
 * (304). Beside it, in the same run, wrk against nginx answering a static 304 itself: the proxy's and
 * wrk's own cost. All of them share the machine's cores; the CPU each used is reported.
 */
public final class SyncPollsBenchmark {
    private final Path directory;
    private final PkiFiles pki;
    private final String kioskId;

    public SyncPollsBenchmark(Path directory, PkiFiles pki, String kioskId) {
        this.directory = directory;
        this.pki = pki;
        this.kioskId = kioskId;
    }

    /** How hard and how long wrk loads. */
    public record Load(int threads, int connections, Duration warmUp, Duration duration, int proxyWorkers) {
    }

    /** One wrk run with the CPU time each process spent in it. */
    public record Run(String target, Wrk.Report wrk, Duration centralCpu, Duration proxyCpu, Duration elapsed) {
    }

    /**
     * @param directResponse the central's 304 as its bytes leave it (TLS decrypted)
     * @param proxiedResponse the same poll as the load generator receives it through nginx
     */
    public record Figures(String pollPath, String directResponse, String proxiedResponse, String staticResponse,
                          Run throughProxy, Run staticProxy) {
        public int directBytes() {
            return directResponse.getBytes(StandardCharsets.ISO_8859_1).length;
        }

        public int proxiedBytes() {
            return proxiedResponse.getBytes(StandardCharsets.ISO_8859_1).length;
        }
    }

    public Figures run(int centralPort, String pollPath, String etag, Load load) throws IOException, InterruptedException {
        KioskPem pem = KioskPem.export(pki, kioskId, directory.resolve("pem"));
        String direct = RawHttp.get(KioskTls.context(pki, kioskId), centralPort, pollPath);
        if (!direct.startsWith("HTTP/1.1 304")) {
            throw new IOException("the central does not answer the poll with 304: " + direct.lines().findFirst().orElse(""));
        }
        try (NginxProxy proxy = NginxProxy.start(directory.resolve("nginx"), pem, centralPort, load.proxyWorkers(), etag)) {
            String proxied = RawHttp.get(proxy.proxyPort(), pollPath);
            String fixed = RawHttp.get(proxy.staticPort(), pollPath);
            if (!proxied.startsWith("HTTP/1.1 304")) {
                throw new IOException("the poll through nginx is not a 304: " + proxied);
            }
            Wrk wrk = new Wrk(directory);
            String central = "http://127.0.0.1:" + proxy.proxyPort() + pollPath;
            String staticUrl = "http://127.0.0.1:" + proxy.staticPort() + pollPath;
            if (!load.warmUp().isZero()) {
                wrk.run(central, load.threads(), load.connections(), load.warmUp());
            }
            Run throughProxy = measured("wrk → nginx → central", wrk, central, proxy, load);
            Run staticProxy = measured("wrk → nginx static 304", wrk, staticUrl, proxy, load);
            return new Figures(pollPath, direct, proxied, fixed, throughProxy, staticProxy);
        }
    }

    private static Run measured(String target, Wrk wrk, String url, NginxProxy proxy, Load load)
            throws IOException, InterruptedException {
        Duration centralBefore = ownCpu();
        Duration proxyBefore = proxy.cpuTime();
        long start = System.nanoTime();
        Wrk.Report report = wrk.run(url, load.threads(), load.connections(), load.duration());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Run(target, report, ownCpu().minus(centralBefore), proxy.cpuTime().minus(proxyBefore), elapsed);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
