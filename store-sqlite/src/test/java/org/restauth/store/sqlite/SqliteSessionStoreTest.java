package org.restauth.store.sqlite;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.SessionStoreContract;

class SqliteSessionStoreTest extends SessionStoreContract {
    private final TempDatabase files = new TempDatabase();

    @Override
    protected SessionStore newStore(SessionPolicy policy) {
        return files.fresh().sessionStore(policy);
    }

    @AfterEach
    void deleteFiles() throws IOException {
        files.close();
    }
}
