package org.restauth.cli;

import picocli.CommandLine.Command;

/** {@code restauth tls}: certificates for the drop-in set-up (docs/drop-in.md). */
@Command(name = "tls", mixinStandardHelpOptions = true,
        description = "Certificates so that old clients reach this server under the old host names over HTTPS.",
        subcommands = {TlsInitCommand.class})
final class TlsCommand {
}
