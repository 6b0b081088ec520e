package com.hallkiosk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.CatalogSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A central catalog database in a real SQLite file, migrated, and helpers the sync tests share. */
public final class SyncFixture {
    public static final ObjectMapper JSON = new ObjectMapper();

    private SyncFixture() {
    }

    public static DataSource centralDatabase(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/central/catalog").loggers("slf4j")
                .load().migrate();
        return dataSource;
    }

    /** A central catalog in a new database file, with {@code catalog} imported as its first version. */
    public static CentralCatalog importedCentral(Path file, java.time.Clock clock,
                                                 com.hallkiosk.catalog.model.Catalog catalog) {
        CentralCatalog central = new CentralCatalog(centralDatabase(file), clock, JSON);
        central.importCatalog(catalog);
        return central;
    }

    /** The kiosk's source, answered by a feed in the same process, as the demo does. */
    public static CatalogSource sourceOf(CatalogFeed feed) {
        return (region, version) -> feed.answer(region, version) instanceof CatalogFeed.Answer.Signed signed
                ? new CatalogSource.Fetched.Payload(signed.payload())
                : new CatalogSource.Fetched.NotModified();
    }

    /** An item row like {@code template} under another id and name. */
    public static CatalogRow item(Item template, String regionId, String id, int position, String name) {
        Item item = new Item(id, template.number(), template.category(), name, template.guideName(),
                template.conditions(), template.materials(), template.channels(), template.timeLimit(),
                template.enquiry(), template.tips(), template.consultation(), template.phones(), template.notes(),
                template.selfService(), template.prohibitions(), template.tolerances(), template.discrepancies(),
                template.sourceRef());
        try {
            return new CatalogRow(RowKind.ITEM, id, regionId, position, JSON.writeValueAsString(item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
