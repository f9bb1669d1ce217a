package org.restauth.store.sqlite;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.app.ApplicationStoreContract;

class SqliteApplicationStoreTest extends ApplicationStoreContract {
    private final TempDatabase files = new TempDatabase();

    @Override
    protected ApplicationStore newStore() {
        return files.fresh().applicationStore();
    }

    @AfterEach
    void deleteFiles() throws IOException {
        files.close();
    }
}
