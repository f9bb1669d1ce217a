/**
 * The store ports in one SQLite file (WAL mode, schema kept by Flyway): people, applications added at run time,
 * sessions and grants, which survive a restart of the one node that holds the file. Entry point: {@link SqliteStores}.
 * Tokens and rate-limit buckets are not kept here: the server keeps them in memory beside this store.
 */
package org.restauth.store.sqlite;
