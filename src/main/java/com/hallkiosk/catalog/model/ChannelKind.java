package com.hallkiosk.catalog.model;

/** The kinds of channel through which an item can be done. */
public enum ChannelKind implements WireNamed {
    WINDOW, ONLINE, MOBILE, SELF_SERVICE, BANK, PHONE, MAIL, OTHER
}
