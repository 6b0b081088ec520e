package com.hallkiosk.catalog.model;

import java.util.List;

/** An office or service window as its source document lists it. */
public record Office(String number, String name, String address, List<String> phones, String note, String document) {
    public Office {
        phones = List.copyOf(phones);
    }
}
