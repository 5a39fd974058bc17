package cloud.dumont.dynamo;

import cloud.dumont.platform.ProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Dynamo operator's own checks of a finished manifest (its admission webhook and reconciler), repeated here so a
 * manifest that would be refused, or reconciled into "backend framework mismatch", is never sent.
 */
final class OperatorChecks {

    private OperatorChecks() {}

    @SuppressWarnings("unchecked")
    static List<FieldProblem> check(Map<String, Object> manifest) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> spec = (Map<String, Object>) manifest.get("spec");
        Map<String, Object> services = (Map<String, Object>) spec.get("services");
        if (services == null || services.isEmpty()) {
            problems.add(new FieldProblem("spec.services", "must have at least one service"));
            return problems;
        }
        String backend = (String) spec.get("backendFramework");
        String name = (String) ((Map<String, Object>) manifest.get("metadata")).get("name");
        services.forEach((key, value) -> {
            Map<String, Object> service = (Map<String, Object>) value;
            String field = "spec.services." + key;
            if (service.containsKey("dynamoNamespace")) {
                problems.add(new FieldProblem(field + ".dynamoNamespace", "is deprecated and must not be set"));
            }
            if (name.length() + key.length() > ConfigResolver.GROVE_LIMIT) {
                problems.add(new FieldProblem(
                        "metadata.name", "name plus service " + key + " exceed " + ConfigResolver.GROVE_LIMIT));
            }
            if ("worker".equals(service.get("componentType"))) {
                Map<String, Object> container =
                        (Map<String, Object>) ((Map<String, Object>) service.get("extraPodSpec")).get("mainContainer");
                String commandLine = String.join(" ", (List<String>) container.getOrDefault("command", List.of()));
                if (!commandLine.matches("python[0-9.]* -m dynamo\\." + backend)) {
                    problems.add(new FieldProblem(
                            field + ".extraPodSpec.mainContainer.command",
                            "must run python3 -m dynamo." + backend + " to agree with backendFramework"));
                }
            }
        });
        return problems;
    }
}
