package com.hallkiosk.central.testing;

/** The two central stores every store test runs against. */
public enum DatabaseKind {
    SQLITE, POSTGRESQL
}
