package org.restauth.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.user.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Who can log in: uid, email, name and state, one person a line, tab-separated; never the hash. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the people in the server's store: uid, email, name, enabled or disabled (tab-separated).")
final class UserListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "One JSON array instead (uid, email, name, disabled, created, updated).")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Person> people;
        try (CliStores stores = store.open()) {
            people = stores.people().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (Person p : people) {
                array.addObject().put("uid", p.uid()).put("email", p.email()).put("name", p.profile().name())
                        .put("disabled", p.disabled()).put("created", p.created().toString())
                        .put("updated", p.updated().toString());
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            for (Person p : people) {
                out.println(p.uid() + "\t" + p.email() + "\t" + p.profile().name() + "\t"
                        + (p.disabled() ? "disabled" : "enabled"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
