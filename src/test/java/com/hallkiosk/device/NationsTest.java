package com.hallkiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationsTest {
    @Test
    void followsGb3304() {
        assertThat(Nations.byCode("01")).contains("汉");
        assertThat(Nations.byCode(11)).contains("满");
        assertThat(Nations.byCode(46)).contains("德昂");
        assertThat(Nations.byCode(56)).contains("基诺");
        assertThat(Nations.byCode(97)).contains("其他");
        assertThat(Nations.byCode(98)).contains("外国血统中国籍人士");
        assertThat(Nations.byCode(57)).isEmpty();
        assertThat(Nations.byCode("0")).isEmpty();
        assertThat(Nations.byCode("xx")).isEmpty();
    }
}
