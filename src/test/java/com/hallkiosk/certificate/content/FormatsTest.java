package com.hallkiosk.certificate.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void monthsDatesTimesAndYuanAreWrittenTheChineseWay() {
        assertThat(Formats.month(YearMonth.of(2008, 3))).isEqualTo("2008年03月");
        assertThat(Formats.months(YearMonth.of(2024, 1), YearMonth.of(2026, 10))).isEqualTo("2024年01月—2026年10月");
        assertThat(Formats.date(LocalDate.of(2026, 11, 2))).isEqualTo("2026年11月02日");
        assertThat(Formats.time(ZonedDateTime.of(2026, 11, 22, 16, 0, 5, 0, ZoneId.of("Asia/Shanghai"))))
                .isEqualTo("2026年11月22日 16:00:05");
        assertThat(Formats.yuan(new BigDecimal("4800"))).isEqualTo("4,800.00");
        assertThat(Formats.yuan(new BigDecimal("1234567.005"))).isEqualTo("1,234,567.01");
    }
}
