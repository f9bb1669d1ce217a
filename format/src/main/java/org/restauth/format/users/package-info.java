/**
 * The users file ({@code restauth.users-file}): people who can log in, as JSON written by
 * {@code restauth user add}. Start at {@link org.restauth.format.users.UserFile} to read or write it and
 * {@link org.restauth.format.users.UserFileDirectory} to log people in from it.
 */
package org.restauth.format.users;
