package com.hallkiosk.shell;

/** Where a person is in the kiosk: each place is one screen. */
public sealed interface Place {
    /** The attract / home screen: hall name, clock, service tiles, the guide. */
    record Home() implements Place {
    }

    /** The service guide's index: categories, items, packages. */
    record GuideIndex() implements Place {
    }

    /** The items of one category. */
    record Category(String number) implements Place {
    }

    /** One item's guide page. */
    record Item(String itemId) implements Place {
    }

    /** One service package (打包办). */
    record Package(String packageId) implements Place {
    }

    /** Search with the on-screen keyboard. */
    record Search() implements Place {
    }

    /** The checklist of an item, printed on the receipt printer. */
    record Checklist(String itemId) implements Place {
    }

    /** A self-service item running for the person, by the item's own id ({@code card-status}). */
    record SelfService(String itemId) implements Place {
    }

    /**
     * What this kiosk does of one catalog item (a home tile): its self-service item at once when there is one,
     * a choice when there are several (社会保障卡挂失与解挂: 挂失 or 解挂), its guide page when there is none.
     */
    record SelfServiceChoice(String catalogItemId) implements Place {
    }
}
