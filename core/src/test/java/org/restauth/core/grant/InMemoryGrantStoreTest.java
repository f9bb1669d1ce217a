package org.restauth.core.grant;

class InMemoryGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return new InMemoryGrantStore();
    }
}
