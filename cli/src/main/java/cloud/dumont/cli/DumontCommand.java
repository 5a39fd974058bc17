package cloud.dumont.cli;

import cloud.dumont.cli.account.LoginCommand;
import cloud.dumont.cli.account.LogoutCommand;
import cloud.dumont.cli.account.WhoamiCommand;
import cloud.dumont.cli.catalog.ModelsCommand;
import cloud.dumont.cli.catalog.OffersCommand;
import cloud.dumont.cli.catalog.TemplatesCommand;
import cloud.dumont.cli.deploy.DeployCommand;
import cloud.dumont.cli.deploy.DeploymentsCommand;
import cloud.dumont.cli.deploy.LaunchCommand;
import cloud.dumont.cli.kubernetes.KubernetesCommand;
import cloud.dumont.cli.machines.MachinesCommand;
import cloud.dumont.cli.market.GpusCommand;
import cloud.dumont.cli.market.MarketCommand;
import cloud.dumont.cli.marketplace.MarketplaceCommand;
import cloud.dumont.cli.output.Output;
import cloud.dumont.cli.pools.PoolsCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
        name = "dumont",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Deploy GPU workloads from the Dumont marketplace: templates, LLMs and community templates.",
        subcommands = {
            LoginCommand.class,
            LogoutCommand.class,
            WhoamiCommand.class,
            TemplatesCommand.class,
            ModelsCommand.class,
            OffersCommand.class,
            DeployCommand.class,
            DeploymentsCommand.class,
            MarketplaceCommand.class,
            LaunchCommand.class,
            KubernetesCommand.class,
            MarketCommand.class,
            GpusCommand.class,
            MachinesCommand.class,
            PoolsCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont login --server http://localhost:8000",
            "  dumont offers jupyter-lab",
            "  dumont deploy jupyter-lab --gpu 'RTX 4090' --wait",
            "  dumont marketplace search comfy -o json",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --wait    # an LLM on Kubernetes (Dynamo)",
            "  dumont market history 'RTX 4090'         # the price history, drawn, and a bid",
            "  source <(dumont generate-completion)     # shell completion for bash and zsh",
            "",
            "Environment: DUMONT_SERVER and DUMONT_TOKEN override the saved login; DUMONT_CONFIG_DIR moves it.",
            "Exit codes: 0 success, 1 failure, 2 usage error."
        })
public final class DumontCommand implements Runnable {

    private final CliEnvironment environment;
    private Session session;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--server",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = "Dumont server (default: $DUMONT_SERVER, else the one you logged in to, else"
                    + " http://localhost:8000)")
    String server;

    @Option(
            names = {"-o", "--output"},
            scope = ScopeType.INHERIT,
            paramLabel = "FORMAT",
            description = "table (default), json or yaml")
    OutputFormat output = OutputFormat.table;

    @Option(names = "--no-progress", scope = ScopeType.INHERIT, description = "Never draw progress, even on a terminal")
    boolean noProgress;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error")
    boolean verbose;

    DumontCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }

    public CliEnvironment environment() {
        return environment;
    }

    boolean verbose() {
        return verbose;
    }

    /** The connection to the server these options name, made on first use. */
    public Session session() {
        if (session == null) {
            session = new Session(environment, server);
        }
        return session;
    }

    public Output output() {
        return new Output(environment.out(), output);
    }

    /** A progress display on standard error, or one that draws nothing when that is not a terminal. */
    public boolean drawsProgress() {
        return environment.stderrIsTerminal() && !noProgress;
    }

    /** The root command of the tree a subcommand belongs to. */
    public static DumontCommand of(CommandLine.Model.CommandSpec spec) {
        return (DumontCommand) spec.root().userObject();
    }
}
