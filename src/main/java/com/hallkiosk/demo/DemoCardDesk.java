package com.hallkiosk.demo;

/**
 * What the technician panel of the demo calls to put a demo card on the emulated readers: a person's ID
 * card (and the person in front of the camera), their 社保卡, or two different people's (the "cards of different people" path), and to take the
 * cards away (the "card removed mid-item" path). Each 社保卡 inserted is a fresh chip with the PIN tries of
 * the central's original record.
 */
public final class DemoCardDesk {
    private final DemoCards cards;
    private final EmulatedReaders readers;

    public DemoCardDesk(DemoCards cards, EmulatedReaders readers) {
        this.cards = cards;
        this.readers = readers;
    }

    public DemoCards cards() {
        return cards;
    }

    /** @throws IllegalArgumentException for a key that names no demo card; the message lists them */
    public DemoCardHolder placeIdCard(String key) {
        DemoCardHolder holder = holder(key);
        readers.placeIdCard(holder.idCard());
        readers.stepUpToCamera(holder.person().person().idNumber(), false);
        return holder;
    }

    /** The person of {@code key} holds up a photo of themself to the camera instead of looking into it. */
    public DemoCardHolder holdUpPhoto(String key) {
        DemoCardHolder holder = holder(key);
        readers.stepUpToCamera(holder.person().person().idNumber(), true);
        return holder;
    }

    public DemoCardHolder insertSocialSecurityCard(String key) {
        DemoCardHolder holder = holder(key);
        readers.insertSocialSecurityCard(holder.newVirtualCard());
        return holder;
    }

    /**
     * The 社保卡 with another try counter on its chip, e.g. the central's current one after the tester reset
     * or locked the PIN in the demo (the chip is made fresh at each insertion from the original record).
     */
    public DemoCardHolder insertSocialSecurityCard(String key, int pinTriesLeft) {
        DemoCardHolder holder = holder(key);
        readers.insertSocialSecurityCard(holder.newVirtualCard(pinTriesLeft));
        return holder;
    }

    /** The ID card and the 社保卡 of the same person, as most items want them. */
    public DemoCardHolder presentBoth(String key) {
        placeIdCard(key);
        return insertSocialSecurityCard(key);
    }

    public void removeIdCard() {
        readers.removeIdCard();
    }

    public void removeSocialSecurityCard() {
        readers.removeSocialSecurityCard();
    }

    public void removeAll() {
        readers.removeIdCard();
        readers.removeSocialSecurityCard();
    }

    private DemoCardHolder holder(String key) {
        return cards.byKey(key).orElseThrow(() -> new IllegalArgumentException("no demo card '" + key
                + "'; the demo cards are " + String.join(", ", cards.keys())));
    }
}
