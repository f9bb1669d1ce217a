package org.restauth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The legacy signature of some parameters, to check a client's or a server's arithmetic. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Print the signature (lower-case hex MD5) of key=value parameters; a sig= parameter is ignored.")
final class SignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KEY=VALUE", arity = "1..*", description = "The parameters, e.g. method=auth.createToken.")
    private List<String> arguments;

    @Option(names = "--secret", required = true, paramLabel = "SECRET", converter = SecretConverter.class,
            description = "Application or session secret.")
    private Secret secret;

    @Override
    public Integer call() {
        String sig = Signature.sign(KeyValues.parse(spec.commandLine(), arguments), secret);
        spec.commandLine().getOut().println(sig);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
