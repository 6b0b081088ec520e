package com.hallkiosk.central.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test that runs once on SQLite and once on PostgreSQL, each time with a new, empty database given
 * as its {@link TestDatabase} parameter: {@code @EachCentralDatabase void stores(TestDatabase database)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(CentralDatabaseArguments.class)
public @interface EachCentralDatabase {
    /** The kinds to run on; PostgreSQL alone for what only it supports, such as several central processes. */
    DatabaseKind[] value() default {DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL};
}
