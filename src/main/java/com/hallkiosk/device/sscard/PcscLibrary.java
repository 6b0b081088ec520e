package com.hallkiosk.device.sscard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds libpcsclite where Debian and its relatives put it. jnasmartcardio opens {@code libpcsclite.so.1}
 * through the system linker and needs nothing; the JDK's SunPCSC looks only for an unversioned
 * {@code libpcsclite.so} under {@code /usr/lib64} or {@code /usr/lib} (the unversioned name comes with
 * the -dev package, the multiarch directory is not searched), so for the SunPCSC fallback this sets
 * {@code sun.security.smartcardio.library} when the user has not (protocols §3.1, as apdu4j and
 * eid-applet do). It must run before SunPCSC is first touched: SunPCSC reads the property once.
 */
public final class PcscLibrary {
    static final String SUN_PCSC_LIBRARY = "sun.security.smartcardio.library";
    private static final String SONAME = "libpcsclite.so.1";
    /** Debian multiarch triplets by the JVM's {@code os.arch}. */
    private static final Map<String, String> MULTIARCH = Map.of(
            "amd64", "x86_64-linux-gnu", "x86_64", "x86_64-linux-gnu",
            "aarch64", "aarch64-linux-gnu", "arm", "arm-linux-gnueabihf",
            "x86", "i386-linux-gnu", "i386", "i386-linux-gnu", "i686", "i386-linux-gnu",
            "ppc64le", "powerpc64le-linux-gnu", "riscv64", "riscv64-linux-gnu", "s390x", "s390x-linux-gnu");

    private PcscLibrary() {
    }

    /** Where to look on a machine with this {@code os.arch}, most likely first. */
    static List<Path> candidates(String osArch) {
        List<Path> paths = new ArrayList<>();
        String triplet = MULTIARCH.get(osArch);
        if (triplet != null) {
            paths.add(Path.of("/usr/lib", triplet, SONAME));
            paths.add(Path.of("/lib", triplet, SONAME));
        }
        paths.add(Path.of("/usr/lib64", SONAME));
        paths.add(Path.of("/usr/lib", SONAME));
        paths.add(Path.of("/usr/local/lib", SONAME));
        paths.add(Path.of("/usr/local/lib/libpcsclite.so"));
        return paths;
    }

    static Optional<Path> find(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** This machine's libpcsclite, if installed. */
    public static Optional<Path> find() {
        return find(candidates(System.getProperty("os.arch", "")));
    }

    /**
     * Points SunPCSC at this machine's libpcsclite unless {@code sun.security.smartcardio.library} is
     * already set; returns the library SunPCSC will use, or empty when there is none to find.
     */
    public static Optional<Path> configureSunPcsc() {
        String configured = System.getProperty(SUN_PCSC_LIBRARY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Optional<Path> found = find();
        found.ifPresent(path -> System.setProperty(SUN_PCSC_LIBRARY, path.toString()));
        return found;
    }
}
