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
}
