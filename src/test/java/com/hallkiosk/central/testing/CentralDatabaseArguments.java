package com.hallkiosk.central.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * One fresh database per kind, as a {@code --db} URL, for {@link EachCentralDatabase}. The PostgreSQL
 * one is left out when PostgreSQL is neither installed nor required (see {@link TestDatabases}).
 */
final class CentralDatabaseArguments implements ArgumentsProvider,
        org.junit.jupiter.params.support.AnnotationConsumer<EachCentralDatabase> {
    private java.util.List<DatabaseKind> kinds = java.util.List.of(DatabaseKind.values());

    @Override
    public void accept(EachCentralDatabase annotation) {
        kinds = java.util.List.of(annotation.value());
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        String prefix = context.getRequiredTestClass().getSimpleName() + "_" + context.getRequiredTestMethod().getName();
        if (kinds.equals(java.util.List.of(DatabaseKind.POSTGRESQL)) && TestDatabases.postgres(context).isEmpty()) {
            throw new org.opentest4j.TestAbortedException("PostgreSQL is not installed");
        }
        return kinds.stream()
                .filter(kind -> kind == DatabaseKind.SQLITE || TestDatabases.postgres(context).isPresent())
                .map(kind -> {
                    try {
                        return Arguments.of(Named.of(kind.name().toLowerCase(java.util.Locale.ROOT),
                                new TestDatabase(kind, TestDatabases.newDatabase(kind, context, prefix))));
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot make a " + kind + " database", e);
                    }
                });
    }
}
