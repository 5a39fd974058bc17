package cloud.dumont.cli.catalog;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Table;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "models",
        description = "The catalog of LLMs Dumont can deploy.",
        subcommands = {
            ModelsCommand.ListModels.class,
            ModelsCommand.ModelInfo.class,
            ModelDeployCommand.class,
            ManifestCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont models list --engine vllm",
            "  dumont models info Qwen/Qwen3-0.6B",
            "  dumont models deploy Qwen/Qwen3-0.6B --gpu 'RTX 4090' --wait  # Vast.ai, vLLM",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --wait                      # Kubernetes, Dynamo",
            "  dumont models manifest Qwen/Qwen3-0.6B --engine sglang | kubectl apply -f -"
        })
public final class ModelsCommand {

    @Command(
            name = "list",
            description = "List the models.",
            footer = {"", "Examples:", "  dumont models list", "  dumont models list -q llama -o json"})
    static final class ListModels extends CommandBase {

        @Option(names = "--engine", description = "Only models this engine runs: vllm, sglang or trtllm")
        String engine;

        @Option(
                names = {"-q", "--query"},
                description = "Only models matching these words")
        String query;

        @Override
        protected int execute() {
            List<ModelResponse> models = client().catalog().models(engine, query);
            output().print(models, () -> Table.of(models)
                    .column("ID", ModelResponse::id)
                    .column("SIZE", ModelResponse::size)
                    .column("TASK", ModelResponse::task)
                    .column("GPU MEMORY", ModelResponse::minGpuMemory)
                    .column("ENGINES", ModelResponse::supportedEngines)
                    .column("GATED", ModelResponse::gated)
                    .whenEmpty("No model matches."));
            return 0;
        }
    }

    @Command(
            name = "info",
            description = "Show one model.",
            footer = {"", "Examples:", "  dumont models info meta-llama/Llama-3.1-8B-Instruct"})
    static final class ModelInfo extends CommandBase {

        @Parameters(paramLabel = "ID", description = "The model's Hugging Face id, e.g. Qwen/Qwen3-0.6B")
        String id;

        @Override
        protected int execute() {
            ModelResponse m = client().catalog().model(id);
            output().print(m, () -> Details.of()
                    .field("Id", m.id())
                    .field("Name", m.name())
                    .field("Size", m.size())
                    .field("Task", m.task())
                    .field("Context", m.contextLength() == null ? null : m.contextLength() + " tokens")
                    .field("GPU memory", m.minGpuMemory())
                    .field("Engines", m.supportedEngines())
                    .field("License", m.license())
                    .field("Gated", m.gated() ? "yes: needs a Hugging Face token with access" : "no")
                    .section("Description", m.description()));
            return 0;
        }
    }
}
