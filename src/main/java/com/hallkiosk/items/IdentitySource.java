package com.hallkiosk.items;

/** How a person shows who they are at the kiosk. */
public enum IdentitySource {
    SOCIAL_SECURITY_CARD("插入社会保障卡"),
    ID_CARD("刷居民身份证"),
    /**
     * Both, for items the seeds do with the card in hand and the holder's ID card (解挂): the ID card is read,
     * then the 社保卡, and they must be of the same person before anything is sent.
     */
    ID_CARD_AND_CARD("刷居民身份证并插入社会保障卡");

    private final String label;

    IdentitySource(String label) {
        this.label = label;
    }

    /** What the identify step's button says. */
    public String label() {
        return label;
    }
}
