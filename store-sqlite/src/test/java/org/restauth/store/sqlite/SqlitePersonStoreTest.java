package org.restauth.store.sqlite;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.PersonStoreContract;

class SqlitePersonStoreTest extends PersonStoreContract {
    private final TempDatabase files = new TempDatabase();

    @Override
    protected PersonStore newStore() {
        return files.fresh().personStore();
    }

    @AfterEach
    void deleteFiles() throws IOException {
        files.close();
    }
}
