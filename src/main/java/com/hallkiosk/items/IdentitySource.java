package com.hallkiosk.items;

/** How a person shows who they are at the kiosk. */
public enum IdentitySource {
    SOCIAL_SECURITY_CARD("插入社会保障卡"),
    ID_CARD("刷居民身份证");

    private final String label;

    IdentitySource(String label) {
        this.label = label;
    }

    /** What the identify step's button says. */
    public String label() {
        return label;
    }
}
