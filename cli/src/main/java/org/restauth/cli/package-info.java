/**
 * The {@code restauth} command (picocli). Start at {@link org.restauth.cli.Main}. Commands write only
 * through their {@code CommandLine}'s out and err, and every failure ends in
 * {@link org.restauth.cli.ExitCodeMapper}: exit 0 ok, 1 API or I/O error, 2 usage.
 */
package org.restauth.cli;
