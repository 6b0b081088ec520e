package com.hallkiosk.bench;

import java.util.Arrays;

/** Per-query latencies of one benchmark run, in nanoseconds, and their percentiles. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    static Latencies merged(java.util.List<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        return all;
    }

    int count() {
        return size;
    }

    /** The {@code p}-th percentile (nearest rank) in milliseconds. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}
