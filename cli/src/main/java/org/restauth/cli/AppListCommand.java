package org.restauth.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.app.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The applications the server answers: those of its configuration (restauth.apps.*, marked configured) and
 * those added at run time (marked added). Never a secret.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List applications: api key, type, name, and configured or added (tab-separated).")
final class AppListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "One JSON array instead (api_key, type, name, source).")
    private boolean json;

    private record Row(String apiKey, String type, String name, String source) {
    }

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        CliSettings settings = store.settings();
        for (String name : settings.appNames()) {
            String prefix = "restauth.apps." + name + ".";
            rows.add(new Row(settings.get(prefix + "api-key").orElse(""), settings.get(prefix + "type")
                    .orElse("desktop"), settings.get(prefix + "display-name").orElse(name), "configured"));
        }
        try (CliStores stores = CliStores.open(settings)) {
            for (Application app : stores.applications().list()) {
                rows.add(new Row(app.apiKey(), app.isDesktop() ? "desktop" : "web", app.displayName(), "added"));
            }
        }
        print(rows, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private void print(List<Row> rows, PrintWriter out) throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            rows.forEach(r -> array.addObject().put("api_key", r.apiKey()).put("type", r.type())
                    .put("name", r.name()).put("source", r.source()));
            out.println(mapper.writeValueAsString(array));
        } else {
            rows.forEach(r -> out.println(r.apiKey() + "\t" + r.type() + "\t" + r.name() + "\t" + r.source()));
        }
        out.flush();
    }
}
