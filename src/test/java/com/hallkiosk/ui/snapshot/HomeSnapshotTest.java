package com.hallkiosk.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeSnapshotTest {
    private static final Rectangle BOUNDS = new Rectangle(10, 20, 64, 48);
    private static final Rectangle CLOCK = new Rectangle(40, 0, 24, 10);

    @TempDir
    Path directory;

    @Test
    void aPictureComesBackPixelForPixelWhileItsFilesAreUnchanged() throws Exception {
        Path config = config("hall.name=铁东\n");
        HomeSnapshot taken = HomeSnapshot.of("windowed 1920x1080", List.of(config), BOUNDS, CLOCK, picture(Color.BLUE));
        Path file = directory.resolve("home-snapshot.bin");
        taken.write(file);

        HomeSnapshot read = HomeSnapshot.read(file, "windowed 1920x1080").orElseThrow();

        assertThat(read.bounds()).isEqualTo(BOUNDS);
        assertThat(read.clock()).isEqualTo(CLOCK);
        assertThat(read.pixels()).isEqualTo(taken.pixels());
        assertThat(read.image().getRGB(5, 30)).isEqualTo(Color.BLUE.getRGB());
        assertThat(Files.size(file)).as("compressed").isLessThan(64L * 48 * 4);
    }

    @Test
    void aPictureIsNotShownForAnotherWindowOrOnceAFileItWasMadeFromChanged() throws Exception {
        Path config = config("hall.name=铁东\n");
        Path file = directory.resolve("home-snapshot.bin");
        HomeSnapshot.of("kiosk 1920x1080", List.of(config), BOUNDS, CLOCK, picture(Color.BLUE)).write(file);

        assertThat(HomeSnapshot.read(file, "kiosk 1080x1920")).as("another screen").isEmpty();
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).isPresent();

        Files.writeString(config, "hall.name=抚顺\n");
        Files.setLastModifiedTime(config, FileTime.fromMillis(Files.getLastModifiedTime(config).toMillis() + 2000));
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).as("the configuration changed").isEmpty();

        Files.delete(config);
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).as("a file gone").isEmpty();
    }

    @Test
    void aDamagedOrMissingFileGivesNoPictureAndNoError() throws Exception {
        Path file = directory.resolve("home-snapshot.bin");
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).isEmpty();

        HomeSnapshot.of("kiosk 1920x1080", List.of(config("a=b\n")), BOUNDS, CLOCK, picture(Color.BLUE)).write(file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).as("cut short").isEmpty();

        Files.write(file, "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(HomeSnapshot.read(file, "kiosk 1920x1080")).as("another file").isEmpty();
    }

    @Test
    void theSamePictureIsRecognisedWhateverTheClockShowsButNotWithAnythingElseChanged() throws Exception {
        Path config = config("a=b\n");
        BufferedImage before = picture(Color.BLUE);
        BufferedImage clockMoved = picture(Color.BLUE);
        BufferedImage tileChanged = picture(Color.BLUE);
        paint(clockMoved, Color.BLACK, new Rectangle(45, 2, 10, 5));
        paint(tileChanged, Color.BLACK, new Rectangle(5, 30, 10, 5));
        HomeSnapshot shown = HomeSnapshot.of("k", List.of(config), BOUNDS, CLOCK, before);

        assertThat(shown.samePicture(HomeSnapshot.of("k", List.of(config), BOUNDS, CLOCK, clockMoved))).isTrue();
        assertThat(shown.samePicture(HomeSnapshot.of("k", List.of(config), BOUNDS, CLOCK, tileChanged))).isFalse();
        assertThat(shown.samePicture(HomeSnapshot.of("other", List.of(config), BOUNDS, CLOCK, before))).isFalse();
    }

    private Path config(String text) throws Exception {
        Path file = directory.resolve("kiosk.properties");
        Files.writeString(file, text);
        return file;
    }

    private static BufferedImage picture(Color background) {
        BufferedImage image = new BufferedImage(BOUNDS.width, BOUNDS.height, BufferedImage.TYPE_INT_RGB);
        paint(image, background, new Rectangle(0, 0, BOUNDS.width, BOUNDS.height));
        return image;
    }

    private static void paint(BufferedImage image, Color color, Rectangle area) {
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fill(area);
        g.dispose();
    }
}
