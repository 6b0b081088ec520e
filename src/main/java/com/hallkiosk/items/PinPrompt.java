package com.hallkiosk.items;

/**
 * A PIN an item asks for after confirm, in the order asked: the controller collects them on the PIN pad,
 * refuses a trivial new PIN and a second new PIN that differs from the first, and hands them to the item's
 * operation in {@link EnteredPins}.
 */
public enum PinPrompt {
    /** The card's current PIN (密码修改). */
    CURRENT("请输入社保卡原密码", "输入6位原密码后按“确认”键。"),
    /** The PIN the person chooses (启用, 修改, 重置). */
    NEW("请设置新密码", "请输入6位数字作为新密码，按“确认”键。不要用生日、身份证号里的数字或123456这样的简单密码。"),
    /** The chosen PIN again, which must be the same. */
    NEW_AGAIN("请再输入一次新密码", "请把刚才的新密码再输入一次，按“确认”键。");

    private final String title;
    private final String instruction;

    PinPrompt(String title, String instruction) {
        this.title = title;
        this.instruction = instruction;
    }

    public String title() {
        return title;
    }

    public String instruction() {
        return instruction;
    }
}
