package com.hallkiosk.certificate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static LineBreaker breaker;

    @BeforeAll
    static void load() {
        breaker = new LineBreaker(CertificateFont.load());
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertThat(breaker.lines("兹证明上列人员的社会保险参保缴费情况如下", 50, 10, 0))
                .containsExactly("兹证明上列", "人员的社会", "保险参保缴", "费情况如下");
    }

    @Test
    void theFirstLineCanBeIndented() {
        assertThat(breaker.lines("兹证明上列人员的社会保险", 50, 10, 20)).containsExactly("兹证明", "上列人员的", "社会保险");
    }

    @Test
    void aLineDoesNotStartWithClosingPunctuation() {
        assertThat(breaker.lines("特此证明上。列人", 50, 10, 0)).containsExactly("特此证明", "上。列人");
        assertThat(breaker.lines("特此证明（上列", 50, 10, 0)).containsExactly("特此证明", "（上列");
    }

    @Test
    void numbersAndAddressesStayWhole() {
        List<String> lines = breaker.lines("金额4,800.00元整", 55, 10, 0);
        assertThat(lines).containsExactly("金额", "4,800.00元", "整");
        assertThat(breaker.lines("https://verify.hallkiosk.example/verify/CB-20261122", 80, 10, 0))
                .allSatisfy(line -> assertThat(line).isNotEmpty()).hasSizeGreaterThan(1);
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(breaker.lines("", 50, 10, 0)).containsExactly("");
    }
}
