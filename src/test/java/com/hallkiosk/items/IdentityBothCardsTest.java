package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check that an ID card and a 社保卡 are of one person, on its own. */
class IdentityBothCardsTest {
    private static final Identity ID_CARD = new Identity(IdentitySource.ID_CARD, "21030219800101123X", "王晓明", Optional.empty());

    @Test
    void theSameNumberMakesOnePersonWithTheIdCardsNameAndTheCardsNumber() {
        Identity card = new Identity(IdentitySource.SOCIAL_SECURITY_CARD, "21030219800101123x", "王晓明",
                Optional.of("A12345678"));
        Identity both = IdentityReaders.samePerson(ID_CARD, card);
        assertThat(both.source()).isEqualTo(IdentitySource.ID_CARD_AND_CARD);
        assertThat(both.idNumber()).isEqualTo("21030219800101123X");
        assertThat(both.cardNumber()).contains("A12345678");
    }

    @Test
    void aCardOfSomeoneElseIsUnusableInPlainWordsThatNameNoOne() {
        Identity other = new Identity(IdentitySource.SOCIAL_SECURITY_CARD, "210302198001011248", "王晓明",
                Optional.of("A12345678"));
        assertThatThrownBy(() -> IdentityReaders.samePerson(ID_CARD, other))
                .isInstanceOf(IdentityReaders.UnusableIdentity.class)
                .hasMessageContaining("不是同一个人")
                .hasMessageNotContaining("2103");
    }
}
