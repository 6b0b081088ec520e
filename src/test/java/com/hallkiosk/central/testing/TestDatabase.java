package com.hallkiosk.central.testing;

import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.CentralDatabases;

/** A new, empty database of one kind, as the {@code --db} URL the central takes; open it as often as needed. */
public record TestDatabase(DatabaseKind kind, String url) {
    public CentralDatabase open() {
        return CentralDatabases.open(url);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
