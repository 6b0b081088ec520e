package com.hallkiosk.ui.snapshot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The picture of the home screen at rest that a running kiosk keeps, so that the next start can show the
 * home screen the moment the JVM can open a window, while the live screen is built behind it (the launch
 * snapshot of phone operating systems). It is the home of a kiosk nobody is using: hall, tiles, guide; no
 * person's data is ever on it. The clock's place is kept so that no stale time is shown.
 *
 * <p>Stored as raw RGB pixels compressed with Deflate rather than PNG: inflating needs no ImageIO, whose
 * start would cost more than the picture saves. The file names the files the screen was made from with
 * their sizes and times; when any changed, the picture is not shown.
 *
 * @param key    the window it fits: mode and screen size
 * @param bounds where on the screen the window's content was
 * @param clock  where in the content the clock was
 */
public record HomeSnapshot(String key, List<FileStamp> stamps, Rectangle bounds, Rectangle clock, int[] pixels) {
    private static final int MAGIC = 0x484B534E; // "HKSN"
    private static final int VERSION = 1;

    public HomeSnapshot {
        stamps = List.copyOf(stamps);
        if (pixels.length != bounds.width * bounds.height) {
            throw new IllegalArgumentException("a picture of " + bounds.width + "×" + bounds.height + " has "
                    + bounds.width * bounds.height + " pixels, not " + pixels.length);
        }
    }

    /** The picture of {@code image}, taken from the window's content at {@code bounds}. */
    public static HomeSnapshot of(String key, List<Path> madeFrom, Rectangle bounds, Rectangle clock, BufferedImage image)
            throws IOException {
        List<FileStamp> stamps = new ArrayList<>();
        for (Path file : madeFrom) {
            stamps.add(FileStamp.of(file));
        }
        int[] pixels = image.getRGB(0, 0, bounds.width, bounds.height, null, 0, bounds.width);
        return new HomeSnapshot(key, stamps, bounds, clock, pixels);
    }

    /** Whether every file it was made from is as it was. */
    public boolean current() {
        return stamps.stream().allMatch(FileStamp::current);
    }

    /** Whether {@code other} is the same window, files and picture, the clock's place aside. */
    public boolean samePicture(HomeSnapshot other) {
        if (!key.equals(other.key) || !stamps.equals(other.stamps) || !bounds.equals(other.bounds)
                || !clock.equals(other.clock)) {
            return false;
        }
        for (int y = 0; y < bounds.height; y++) {
            for (int x = 0; x < bounds.width; x++) {
                int i = y * bounds.width + x;
                if (pixels[i] != other.pixels[i] && !clock.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    public BufferedImage image() {
        BufferedImage image = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, target, 0, pixels.length);
        return image;
    }

    /** Written to a temporary file and moved in place, so a start never reads half a picture. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "home-snapshot", ".part");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(partial))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(key);
            out.writeInt(stamps.size());
            for (FileStamp stamp : stamps) {
                out.writeUTF(stamp.path());
                out.writeLong(stamp.size());
                out.writeLong(stamp.modifiedMillis());
            }
            for (Rectangle r : List.of(bounds, clock)) {
                out.writeInt(r.x);
                out.writeInt(r.y);
                out.writeInt(r.width);
                out.writeInt(r.height);
            }
            byte[] compressed = deflate(pixels);
            out.writeInt(compressed.length);
            out.write(compressed);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The picture in {@code file} when it fits {@code key} and is current; empty otherwise, or when unreadable. */
    public static Optional<HomeSnapshot> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            List<FileStamp> stamps = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                stamps.add(new FileStamp(in.readUTF(), in.readLong(), in.readLong()));
            }
            if (!stamps.stream().allMatch(FileStamp::current)) {
                return Optional.empty();
            }
            Rectangle bounds = rectangle(in);
            Rectangle clock = rectangle(in);
            int[] pixels = inflate(in, in.readInt(), bounds.width * bounds.height);
            return Optional.of(new HomeSnapshot(key, stamps, bounds, clock, pixels));
        } catch (IOException | DataFormatException | RuntimeException e) {
            // A damaged picture only costs the fast start; the live screen comes as always.
            return Optional.empty();
        }
    }

    private static Rectangle rectangle(DataInputStream in) throws IOException {
        return new Rectangle(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static byte[] deflate(int[] pixels) {
        ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4);
        bytes.asIntBuffer().put(pixels);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes.array());
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length / 8);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static int[] inflate(InputStream in, int length, int count) throws IOException, DataFormatException {
        // Deflate never grows data by more than a few bytes per 16 KB block: a larger length is a damaged file,
        // refused before anything is allocated for it.
        if (length < 0 || count < 0 || count > 64 * 1024 * 1024 || length > count * 4L + count / 1024 + 1024) {
            throw new IOException("not a picture of a screen");
        }
        byte[] compressed = in.readNBytes(length);
        byte[] raw = new byte[count * 4];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            int done = 0;
            while (done < raw.length && !inflater.finished()) {
                int n = inflater.inflate(raw, done, raw.length - done);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("the picture is cut short");
                }
                done += n;
            }
            if (done != raw.length) {
                throw new IOException("the picture is cut short");
            }
        } finally {
            inflater.end();
        }
        int[] pixels = new int[count];
        ByteBuffer.wrap(raw).asIntBuffer().get(pixels);
        return pixels;
    }
}
