/**
 * Where the server's state lives ({@code restauth.store}: memory for one node, redis for several nodes
 * sharing one Redis), and the store beans built from it.
 */
package org.restauth.server.store;
