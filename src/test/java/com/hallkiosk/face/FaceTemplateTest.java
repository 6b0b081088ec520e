package com.hallkiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The template tells the demo's drawn faces apart: the same face on camera matches, others rarely do. */
class FaceTemplateTest {
    private static final SplittableRandom NOISE = new SplittableRandom(5);

    private static byte[] template(byte[] luma) {
        FaceFeatures features = FaceFeatures.of(SyntheticFace.WIDTH, SyntheticFace.HEIGHT, luma).orElseThrow();
        return FaceTemplate.of(SyntheticFace.WIDTH, luma, features);
    }

    private static List<String> people(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("21030319%02d0101%03dX", 50 + i % 40, i));
        }
        return ids;
    }

    @Test
    void theSamePersonOnCameraMatchesTheReference() {
        int worst = 100;
        for (String id : people(200)) {
            SyntheticFace face = SyntheticFace.of(id);
            byte[] live = template(face.draw(new SyntheticFace.Pose(0.05, false, 3, -2), NOISE));
            worst = Math.min(worst, FaceTemplate.similarity(live, FaceTemplate.ofFrontal(face)));
        }
        assertThat(worst).isGreaterThanOrEqualTo(FaceTemplate.MATCH_THRESHOLD);
    }

    @Test
    void differentPeopleRarelyMatch() {
        List<String> ids = people(200);
        int matches = 0;
        int pairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            byte[] live = template(SyntheticFace.of(ids.get(i)).draw(new SyntheticFace.Pose(0, false, 0, 0), NOISE));
            for (int j = 0; j < ids.size(); j++) {
                if (i != j) {
                    int s = FaceTemplate.similarity(live, FaceTemplate.ofFrontal(SyntheticFace.of(ids.get(j))));
                    pairs++;
                    if (s >= FaceTemplate.MATCH_THRESHOLD) {
                        matches++;
                    }
                }
            }
        }
        assertThat(matches).isLessThan(pairs / 100);
    }
}
